using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>
/// Source-generated JSON contracts for the primitives, combined with each generated SDK's resolver so that its
/// serializer options handle plain values too.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class KalturaPrimitivesJsonContext : JsonSerializerContext
{
}
