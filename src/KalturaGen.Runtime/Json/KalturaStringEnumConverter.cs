using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>Serializes a string enum as its wire text; reads JSON strings and numbers, keeping unknown values.</summary>
public sealed class KalturaStringEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, IKalturaStringEnum<TEnum>
{
    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => KalturaUtf8JsonReader.ReadStringEnum<TEnum>(ref reader)
            ?? throw new JsonException($"Expected a string or number for {typeof(TEnum).Name}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
