using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// The lenient readers of <see cref="KalturaJsonReader"/> over a <see cref="Utf8JsonReader"/>: the generated code
/// reads responses token by token with them, so no <see cref="JsonDocument"/> and no property-name strings are built.
/// Each reader starts on the value's first token and leaves the reader on its last one; a value of the wrong shape
/// is skipped and reads as null.
/// </summary>
public static class KalturaUtf8JsonReader
{
    /// <summary>A string; numbers and booleans give their JSON text; a string that is not valid text gives null.</summary>
    public static string? ReadString(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return TextOf(ref reader);
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>An int from a number, a numeric string or a boolean.</summary>
    public static int? ReadInt32(ref Utf8JsonReader reader) =>
        ReadInt64(ref reader) is { } value and >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>A long from a number, a numeric string or a boolean.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var whole):
                return whole;
            case JsonTokenType.Number when reader.TryGetDouble(out var real) && real == Math.Floor(real) && Math.Abs(real) < 9.2e18:
                return (long)real;
            case JsonTokenType.String when TryParseString(ref reader, NumberStyles.Integer, out long parsed):
                return parsed;
            case JsonTokenType.True:
                return 1;
            case JsonTokenType.False:
                return 0;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A double from a number or a numeric string.</summary>
    public static double? ReadDouble(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.String when TryParseString(ref reader, NumberStyles.Float, out double parsed):
                return parsed;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A bool from <c>true</c>/<c>false</c>, a number (non-zero is true) or <c>"1"</c>/<c>"0"</c>/<c>"true"</c>/<c>"false"</c>.</summary>
    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.GetDouble() != 0;
            case JsonTokenType.String when IsPlain(ref reader):
                return ParseBoolean(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.String:
                return TextOf(ref reader) is { } text ? ParseBoolean(text) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A string enum from a JSON string or number; unknown values are kept.</summary>
    public static TEnum? ReadStringEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, IKalturaStringEnum<TEnum> =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.Number && IsPlain(ref reader)
            ? TEnum.FromUtf8(reader.ValueSpan)
            : ReadString(ref reader) is { } value ? TEnum.FromValue(value) : null;

    /// <summary>
    /// An object of the class its <c>objectType</c> names when <paramref name="create"/> knows that class and it is a
    /// <typeparamref name="T"/>; otherwise a <typeparamref name="T"/> holding the members it knows. The server sends
    /// <c>objectType</c> last, so the object is scanned for it first (a copy of the reader, rewound for free);
    /// <paramref name="polymorphic"/> false skips the scan for a class no generated class derives from, whose
    /// instance is a <typeparamref name="T"/> whatever the <c>objectType</c>.
    /// </summary>
    public static T? ReadObject<T>(ref Utf8JsonReader reader, Func<string, KalturaObjectBase?> create, bool polymorphic = true)
        where T : KalturaObjectBase, new()
    {
        ArgumentNullException.ThrowIfNull(create);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return ReadAs<T>(ref reader, create, polymorphic ? FindObjectType(reader) : null);
    }

    /// <summary>
    /// An item of a list of <typeparamref name="T"/>, read as <see cref="ReadObject{T}"/> does, but in one pass when
    /// the item is of the class the previous item's <c>objectType</c> named (<paramref name="hint"/>), as in a list the
    /// server fills with one class: the item is read as that class while its <c>objectType</c> goes by, and read again
    /// (rewound for free) as the class it names only when that differs. <paramref name="hint"/> is updated for the next
    /// item; null means no guess, and the item is scanned first.
    /// </summary>
    internal static T? ReadListItem<T>(ref Utf8JsonReader reader, Func<string, KalturaObjectBase?> create, ref string? hint)
        where T : KalturaObjectBase, new()
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        if (hint is null)
        {
            hint = FindObjectType(reader);
            return ReadAs<T>(ref reader, create, hint);
        }

        var start = reader;
        var guess = create(hint) as T ?? new T();
        var seen = guess.ReadMembers(ref reader);
        if (string.Equals(seen, hint, StringComparison.Ordinal))
        {
            return guess;
        }

        reader = start;
        hint = seen;
        return ReadAs<T>(ref reader, create, seen);
    }

    /// <summary>The object <paramref name="reader"/> is on, read as the class <paramref name="objectType"/> names when that is a <typeparamref name="T"/>, else as a <typeparamref name="T"/>.</summary>
    private static T ReadAs<T>(ref Utf8JsonReader reader, Func<string, KalturaObjectBase?> create, string? objectType)
        where T : KalturaObjectBase, new()
    {
        var instance = objectType is not null && create(objectType) is T named ? named : new T();
        instance.ReadFrom(ref reader);
        return instance;
    }

    /// <summary>A list from a JSON array (or from the values of an object with index keys).</summary>
    public static IList<T>? ReadList<T>(ref Utf8JsonReader reader, KalturaValueReader<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var list = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(readItem(ref reader));
                }

                return list;
            case JsonTokenType.StartObject:
                var values = new List<T>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    values.Add(readItem(ref reader));
                }

                return values;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A map from a JSON object; an empty JSON array is an empty map (PHP encodes an empty map so).</summary>
    public static IDictionary<string, T>? ReadMap<T>(ref Utf8JsonReader reader, KalturaValueReader<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, T>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = TextOf(ref reader);
                    reader.Read();
                    var item = readItem(ref reader);
                    if (key is not null)
                    {
                        map[key] = item;
                    }
                }

                return map;
            case JsonTokenType.StartArray:
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return new Dictionary<string, T>(StringComparer.Ordinal);
                }

                reader.Skip();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                }

                return null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>The last top-level <c>objectType</c> of the object <paramref name="scan"/> (a copy) starts, if it is a string.</summary>
    private static string? FindObjectType(Utf8JsonReader scan)
    {
        string? objectType = null;
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            var isObjectType = IsObjectTypeName(ref scan);
            scan.Read();
            if (isObjectType)
            {
                objectType = scan.TokenType == JsonTokenType.String ? TextOf(ref scan) : null;
            }

            scan.Skip();
        }

        return objectType;
    }

    /// <summary>
    /// The string (or property name) the reader is on; null when its escapes are not valid text (a lone surrogate such
    /// as <c>"\ud800"</c>, which System.Text.Json refuses to turn into a string): a response's bad value is skipped,
    /// not thrown.
    /// </summary>
    internal static string? TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>True when the property name the reader is on is <c>objectType</c> (a name that is not valid text is not).</summary>
    internal static bool IsObjectTypeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.ValueTextEquals("objectType"u8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>True when the current token's bytes are its value as is: one span, no escapes.</summary>
    private static bool IsPlain(ref Utf8JsonReader reader) => !reader.HasValueSequence && !reader.ValueIsEscaped;

    /// <summary>Parses a string token as a number, from its bytes when it has no escapes.</summary>
    private static bool TryParseString<T>(ref Utf8JsonReader reader, NumberStyles styles, out T value)
        where T : INumberBase<T> =>
        IsPlain(ref reader)
            ? T.TryParse(reader.ValueSpan, styles, CultureInfo.InvariantCulture, out value!)
            : T.TryParse(TextOf(ref reader), styles, CultureInfo.InvariantCulture, out value!);

    private static bool? ParseBoolean(string text)
    {
        text = text.Trim();
        if (text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return text is "0" or "" || text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false : null;
    }
}
