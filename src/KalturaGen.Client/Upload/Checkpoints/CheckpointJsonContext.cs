using System.Text.Json.Serialization;

namespace KalturaGen.Client.Upload;

/// <summary>Source-generated JSON for checkpoint files (trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UploadCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
