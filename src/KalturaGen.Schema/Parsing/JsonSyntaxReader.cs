using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// Reads schema text into <see cref="JsonSyntax"/> with spans, using <see cref="Utf8JsonReader"/> for the
/// grammar (strict JSON: no comments, no trailing commas) and <see cref="Utf8OffsetMap"/> for the positions.
/// </summary>
internal static class JsonSyntaxReader
{
    /// <summary>Parses <paramref name="source"/>; on invalid JSON returns null and sets <paramref name="error"/>.</summary>
    public static JsonSyntax? Read(LineMap source, out (SourceSpan Span, string Message)? error)
    {
        var text = source.Text;
        error = null;
        if (text.Trim().Length == 0)
        {
            error = (new SourceSpan(0, 0), "the file is empty");
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var map = new Utf8OffsetMap(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, map);
            reader.Read();
            return root;
        }
        catch (JsonException exception)
        {
            var position = ToCharPosition(source, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            error = (new SourceSpan(position, 0), exception.Message);
            return null;
        }
    }

    private static JsonSyntax ReadValue(ref Utf8JsonReader reader, Utf8OffsetMap map)
    {
        var start = map.ToCharOffset(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonPropertySyntax>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = map.ToCharOffset(reader.TokenStartIndex);
                    var nameEnd = map.ToCharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add(new JsonPropertySyntax(name, SourceSpan.FromBounds(nameStart, nameEnd), ReadValue(ref reader, map)));
                }

                return new JsonObjectSyntax(SourceSpan.FromBounds(start, map.ToCharOffset(reader.TokenStartIndex + 1)), properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonSyntax>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, map));
                }

                return new JsonArraySyntax(SourceSpan.FromBounds(start, map.ToCharOffset(reader.TokenStartIndex + 1)), items);
            case JsonTokenType.String:
                var end = map.ToCharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                return new JsonStringSyntax(SourceSpan.FromBounds(start, end), reader.GetString()!);
            case JsonTokenType.Number:
                var numberText = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                var numberEnd = map.ToCharOffset(reader.TokenStartIndex + reader.ValueSpan.Length);
                var isInteger = numberText.IndexOfAny(['.', 'e', 'E']) < 0;
                return new JsonNumberSyntax(SourceSpan.FromBounds(start, numberEnd), numberText, isInteger);
            default:
                var literalEnd = map.ToCharOffset(reader.TokenStartIndex + reader.ValueSpan.Length);
                bool? value = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => null,
                };
                return new JsonLiteralSyntax(SourceSpan.FromBounds(start, literalEnd), value);
        }
    }

    /// <summary>Turns the reader's (line, byte in line) error position into a char offset.</summary>
    private static int ToCharPosition(LineMap source, long line, long byteInLine)
    {
        if (line >= source.Count)
        {
            return source.Text.Length;
        }

        var map = new Utf8OffsetMap(source.LineText((int)line));
        return source.StartOf((int)line) + map.ToCharOffset(byteInLine);
    }
}
