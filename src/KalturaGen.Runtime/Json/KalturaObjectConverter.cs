using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>
/// Serializes a model through its generated code: writes the request form, reads polymorphically by
/// <c>objectType</c>. Generated resolvers hand it to System.Text.Json.
/// </summary>
public sealed class KalturaObjectConverter<T>(Func<string, KalturaObjectBase?> create) : JsonConverter<T>
    where T : KalturaObjectBase, new()
{
    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return KalturaJsonReader.ReadObject<T>(document.RootElement, create);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteTo(writer);
}
