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

    /// <summary>
    /// For a polymorphic class, each item after the first is read in one pass when it is of the class the item before
    /// it named (<see cref="KalturaUtf8JsonReader.ReadListItem{T}"/>).
    /// </summary>
    internal override KalturaValueReader<T> ItemsReader() => polymorphic ? new ListItems(_create).Read : ReadItemDelegate;

    /// <summary>The reading of one list or map: the class the previous item named.</summary>
    private sealed class ListItems(Func<string, KalturaObjectBase?> create)
    {
        private string? _hint;

        public T Read(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadListItem<T>(ref reader, create, ref _hint)!;
    }
}
