using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>
/// Serializes a model through its generated code: writes the request form, reads polymorphically by
/// <c>objectType</c>. Generated resolvers hand it to System.Text.Json.
/// </summary>
/// <param name="create">The generated factory: a new instance of the class an <c>objectType</c> names, or null.</param>
/// <param name="polymorphic">
/// False when no generated class derives from <typeparamref name="T"/>: every read gives a <typeparamref name="T"/>,
/// so the object is not scanned for its <c>objectType</c>.
/// </param>
public sealed class KalturaObjectConverter<T>(Func<string, KalturaObjectBase?> create, bool polymorphic = true) : JsonConverter<T>
    where T : KalturaObjectBase, new()
{
    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KalturaUtf8JsonReader.ReadObject<T>(ref reader, create, polymorphic);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteTo(writer);
}
