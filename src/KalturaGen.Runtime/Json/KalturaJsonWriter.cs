using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>Writers the generated code uses for explicit nulls, lists and maps.</summary>
public static class KalturaJsonWriter
{
    /// <summary>The suffix that tells the server to set a property to null in a partial update.</summary>
    public const string NullSuffix = "__null";

    /// <summary>Writes <c>"&lt;name&gt;__null": ""</c>: an explicit null the server applies (a missing property means "unchanged").</summary>
    public static void WriteNull(Utf8JsonWriter writer, string name)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name + NullSuffix, string.Empty);
    }

    /// <summary>Writes a JSON array, each item with <paramref name="writeItem"/>.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T> items, KalturaJsonWriteMode mode, Action<Utf8JsonWriter, T, KalturaJsonWriteMode> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item, mode);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a JSON object with one member per entry, each value with <paramref name="writeItem"/>.</summary>
    public static void WriteMap<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> items, KalturaJsonWriteMode mode, Action<Utf8JsonWriter, T, KalturaJsonWriteMode> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartObject();
        foreach (var item in items)
        {
            writer.WritePropertyName(item.Key);
            writeItem(writer, item.Value, mode);
        }

        writer.WriteEndObject();
    }
}
