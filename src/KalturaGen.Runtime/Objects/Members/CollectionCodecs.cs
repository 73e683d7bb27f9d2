using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The codecs of list and map properties, whose items another codec reads and writes.</summary>
internal static class CollectionCodecs
{
    internal sealed class ListCodec<T>(KalturaCodec<T> item) : KalturaCodec<IList<T>>
    {
        private readonly KalturaCodec<T> _item = item ?? throw new ArgumentNullException(nameof(item));

        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadList(ref reader, _item.ItemsReader());

        internal override IList<T> ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadList(ref reader, _item.ItemsReader())!;

        internal override void WriteItem(Utf8JsonWriter writer, IList<T> value, KalturaJsonWriteMode mode) =>
            KalturaJsonWriter.WriteList(writer, value, mode, _item.WriteItemDelegate);
    }

    internal sealed class MapCodec<T>(KalturaCodec<T> item) : KalturaCodec<IDictionary<string, T>>
    {
        private readonly KalturaCodec<T> _item = item ?? throw new ArgumentNullException(nameof(item));

        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadMap(ref reader, _item.ItemsReader());

        internal override IDictionary<string, T> ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadMap(ref reader, _item.ItemsReader())!;

        internal override void WriteItem(Utf8JsonWriter writer, IDictionary<string, T> value, KalturaJsonWriteMode mode) =>
            KalturaJsonWriter.WriteMap(writer, value, mode, _item.WriteItemDelegate);
    }
}
