using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The codec of a model-typed property: polymorphic by <c>objectType</c> when the class has subclasses.</summary>
/// <typeparam name="T">The declared class.</typeparam>
internal sealed class ObjectCodec<T>(Func<string, KalturaObjectBase?> create, bool polymorphic) : KalturaCodec<T>, IKalturaListReader<T>
    where T : KalturaObjectBase, new()
{
    private readonly Func<string, KalturaObjectBase?> _create = create ?? throw new ArgumentNullException(nameof(create));

    internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<T>(ref reader, _create, polymorphic);

    internal override T ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<T>(ref reader, _create, polymorphic)!;

    // A list read from a response keeps its null (or unreadable) items; they are written back as nulls.
    internal override void WriteItem(Utf8JsonWriter writer, T value, KalturaJsonWriteMode mode)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer, mode);
        }
    }

    /// <summary>
    /// A list of <typeparamref name="T"/>: for a polymorphic class, each item after the first is read in one pass
    /// when it is of the class the item before it named (<see cref="KalturaUtf8JsonReader.ReadListItem{T}"/>).
    /// </summary>
    public IList<T>? ReadList(ref Utf8JsonReader reader) =>
        polymorphic ? KalturaUtf8JsonReader.ReadList(ref reader, new ListItems(_create).Read) : KalturaUtf8JsonReader.ReadList(ref reader, ReadItemDelegate);

    /// <summary>The reading of one list: the class the previous item named.</summary>
    private sealed class ListItems(Func<string, KalturaObjectBase?> create)
    {
        private string? _hint;

        public T Read(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadListItem<T>(ref reader, create, ref _hint)!;
    }
}

/// <summary>A codec that reads a whole list of its values better than item by item.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal interface IKalturaListReader<T>
{
    IList<T>? ReadList(ref Utf8JsonReader reader);
}
