using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The codec of a model-typed property: polymorphic by <c>objectType</c> when the class has subclasses.</summary>
/// <typeparam name="T">The declared class.</typeparam>
internal sealed class ObjectCodec<T>(Func<string, KalturaObjectBase?> create, bool polymorphic) : KalturaCodec<T>
    where T : KalturaObjectBase, new()
{
    private readonly Func<string, KalturaObjectBase?> _create = create ?? throw new ArgumentNullException(nameof(create));

    internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<T>(ref reader, _create, polymorphic);

    internal override T ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<T>(ref reader, _create, polymorphic)!;

    internal override void WriteItem(Utf8JsonWriter writer, T value, KalturaJsonWriteMode mode) => value.WriteTo(writer, mode);
}
