using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>Recognizes a Kaltura error object (<c>"objectType": "KalturaAPIException"</c>) in a response.</summary>
internal static class KalturaErrorReader
{
    private const string ErrorObjectType = "KalturaAPIException";

    /// <summary>
    /// Returns the exception when <paramref name="body"/> is an error object, else null. Only the top level is
    /// looked at (nested values are skipped), so a large result costs one pass of the tokenizer; a body that is not
    /// JSON is not an error object (the result reader reports it).
    /// </summary>
    public static KalturaApiException? TryRead(ReadOnlySpan<byte> body)
    {
        if (!IsErrorObject(body))
        {
            return null;
        }

        using var document = JsonDocument.Parse(body.ToArray());
        return TryRead(document.RootElement);
    }

    /// <summary>Returns the exception when <paramref name="element"/> is an error object, else null.</summary>
    public static KalturaApiException? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("objectType", out var objectType)
            || objectType.ValueKind != JsonValueKind.String
            || objectType.GetString() != ErrorObjectType)
        {
            return null;
        }

        var code = element.TryGetProperty("code", out var codeElement) ? KalturaJsonReader.ReadString(codeElement) : null;
        var message = element.TryGetProperty("message", out var messageElement) ? KalturaJsonReader.ReadString(messageElement) : null;
        return new KalturaApiException(code ?? string.Empty, message ?? string.Empty, ReadArgs(element), element.GetRawText());
    }

    private static bool IsErrorObject(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isObjectType = reader.ValueTextEquals("objectType"u8);
                reader.Read();
                if (isObjectType)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(ErrorObjectType);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON (or truncated): not an error object.
        }

        return false;
    }

    /// <summary>Reads <c>args</c>: an object of name → value, or PHP's <c>[]</c> when there are none.</summary>
    private static Dictionary<string, string> ReadArgs(JsonElement element)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("args", out var argsElement) && argsElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var arg in argsElement.EnumerateObject())
            {
                args[arg.Name] = KalturaJsonReader.ReadString(arg.Value) ?? string.Empty;
            }
        }

        return args;
    }
}
