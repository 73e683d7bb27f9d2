using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Reads and writes the JSON value of one kind of model property. A model keeps each property's value as an object
/// (a value type boxed, an enum as its enum type); the codec of the property's member turns JSON into that value and
/// back, so models carry a table of members instead of read and write code of their own.
/// </summary>
/// <remarks>Instances come from <see cref="KalturaCodecs"/>; generated member tables name them.</remarks>
public abstract class KalturaCodec
{
    private protected KalturaCodec()
    {
    }

    /// <summary>
    /// Reads the value <paramref name="reader"/> is on (its first token) as a property value, leaving the reader on
    /// its last token; null for a JSON null or a value of another kind.
    /// </summary>
    internal abstract object? ReadValue(ref Utf8JsonReader reader);

    /// <summary>Writes a non-null property value this codec read or a setter stored.</summary>
    internal abstract void WriteValue(Utf8JsonWriter writer, object value, KalturaJsonWriteMode mode);
}

/// <summary>A codec whose values are <typeparamref name="T"/>: it also reads and writes list and map items.</summary>
/// <typeparam name="T">
/// The item type. A JSON null item (or one of another shape) becomes the type's default: null for a class, which a
/// list keeps and writes back as a JSON null.
/// </typeparam>
public abstract class KalturaCodec<T> : KalturaCodec
{
    private protected KalturaCodec()
    {
        ReadItemDelegate = ReadItem;
        WriteItemDelegate = (writer, value, mode) =>
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteItem(writer, value, mode);
            }
        };
    }

    /// <summary><see cref="ReadItem"/> as a delegate, made once.</summary>
    internal KalturaValueReader<T> ReadItemDelegate { get; }

    /// <summary><see cref="WriteItem"/> as a delegate, made once, writing a null item as a JSON null.</summary>
    internal Action<Utf8JsonWriter, T, KalturaJsonWriteMode> WriteItemDelegate { get; }

    /// <summary>Reads a collection item.</summary>
    internal abstract T ReadItem(ref Utf8JsonReader reader);

    /// <summary>Writes a non-null collection item.</summary>
    internal abstract void WriteItem(Utf8JsonWriter writer, T value, KalturaJsonWriteMode mode);

    /// <summary>
    /// What reads the items of one list or map: <see cref="ReadItemDelegate"/>, unless the codec reads better knowing
    /// the items before (a class with subclasses guesses each item's class from the previous one).
    /// </summary>
    internal virtual KalturaValueReader<T> ItemsReader() => ReadItemDelegate;

    /// <inheritdoc/>
    internal override void WriteValue(Utf8JsonWriter writer, object value, KalturaJsonWriteMode mode) => WriteItem(writer, (T)value, mode);
}
