using System.Runtime.InteropServices;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Lenient readers for the values Kaltura servers send: numbers may arrive as strings (bigint columns), booleans
/// as 0/1/"1"/"true", dynamic enums as numbers or strings, and empty maps as <c>[]</c> (PHP's empty array).
/// A value of the wrong shape reads as null rather than failing the whole response. These readers take a
/// <see cref="JsonElement"/>; the rules themselves live in <see cref="KalturaUtf8JsonReader"/>, which reads the
/// element's UTF-8 text.
/// </summary>
public static class KalturaJsonReader
{
    /// <summary>How a <see cref="JsonElement"/>'s text is read again: as leniently as any document may have parsed it.</summary>
    private static readonly JsonReaderOptions ElementReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>A string; numbers and booleans give their JSON text.</summary>
    public static string? ReadString(JsonElement element) =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadString(ref reader));

    /// <summary>An int from a number, a numeric string or a boolean.</summary>
    public static int? ReadInt32(JsonElement element) =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt32(ref reader));

    /// <summary>A long from a number, a numeric string or a boolean.</summary>
    public static long? ReadInt64(JsonElement element) =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt64(ref reader));

    /// <summary>A double from a number or a numeric string.</summary>
    public static double? ReadDouble(JsonElement element) =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadDouble(ref reader));

    /// <summary>A bool from <c>true</c>/<c>false</c>, a number (non-zero is true) or <c>"1"</c>/<c>"0"</c>/<c>"true"</c>/<c>"false"</c>.</summary>
    public static bool? ReadBoolean(JsonElement element) =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadBoolean(ref reader));

    /// <summary>A string enum from a JSON string or number; unknown values are kept.</summary>
    public static TEnum? ReadStringEnum<TEnum>(JsonElement element)
        where TEnum : struct, IKalturaStringEnum<TEnum> =>
        ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadStringEnum<TEnum>(ref reader));

    /// <summary>
    /// An object of the class its <c>objectType</c> names when <paramref name="create"/> knows that class and it is a
    /// <typeparamref name="T"/>; otherwise a <typeparamref name="T"/> holding the members it knows.
    /// </summary>
    public static T? ReadObject<T>(JsonElement element, Func<string, KalturaObjectBase?> create)
        where T : KalturaObjectBase, new()
    {
        ArgumentNullException.ThrowIfNull(create);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var instance = element.TryGetProperty("objectType"u8, out var objectType)
            && objectType.ValueKind == JsonValueKind.String
            && TextOf(objectType) is { } name
            && create(name) is T typed
            ? typed
            : new T();
        instance.ReadFrom(element);
        return instance;
    }

    /// <summary>A list from a JSON array (or from the values of an object with index keys).</summary>
    public static IList<T>? ReadList<T>(JsonElement element, Func<JsonElement, T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        return element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().Select(readItem).ToList(),
            JsonValueKind.Object => element.EnumerateObject().Select(p => readItem(p.Value)).ToList(),
            _ => null,
        };
    }

    /// <summary>A map from a JSON object; an empty JSON array is an empty map (PHP encodes an empty map so).</summary>
    public static IDictionary<string, T>? ReadMap<T>(JsonElement element, Func<JsonElement, T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        return element.ValueKind switch
        {
            JsonValueKind.Object => ReadMembers(element, readItem),
            JsonValueKind.Array when element.GetArrayLength() == 0 => new Dictionary<string, T>(StringComparer.Ordinal),
            _ => null,
        };
    }

    /// <summary>
    /// Reads <paramref name="element"/> with a <see cref="KalturaUtf8JsonReader"/>-style reader: the element's own
    /// UTF-8 text is read again token by token, so documents and streams share one reading path.
    /// </summary>
    public static T ReadElement<T>(JsonElement element, KalturaValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = ReaderOf(element);
        return read(ref reader);
    }

    /// <summary>A reader over the element's UTF-8 text, on its first token (an undefined element reads as null).</summary>
    internal static Utf8JsonReader ReaderOf(JsonElement element)
    {
        var reader = new Utf8JsonReader(
            element.ValueKind == JsonValueKind.Undefined ? "null"u8 : JsonMarshal.GetRawUtf8Value(element),
            ElementReaderOptions);
        reader.Read();
        return reader;
    }

    /// <summary>The members of an object as a map; a repeated name keeps its last value, as the token reader does.</summary>
    private static Dictionary<string, T> ReadMembers<T>(JsonElement element, Func<JsonElement, T> readItem)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = readItem(property.Value);
        }

        return map;
    }

    /// <summary>The exception for a response that holds no usable result where the action promises one.</summary>
    public static Exception MissingResult(JsonElement element) =>
        new InvalidDataException($"The response holds no result of the expected type: {Excerpt(element.GetRawText())}");

    internal static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "...";

    /// <summary>The string <paramref name="element"/> holds; null when its escapes are not valid text (a lone surrogate).</summary>
    private static string? TextOf(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
