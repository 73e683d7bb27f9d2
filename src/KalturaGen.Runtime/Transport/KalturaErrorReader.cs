using System.Net.Http.Headers;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>Recognizes a Kaltura error in a response: an error object (<c>"objectType": "KalturaAPIException"</c>) or the error headers of a body-less answer.</summary>
internal static class KalturaErrorReader
{
    private const string ErrorObjectType = "KalturaAPIException";
    private const string DieHeader = "X-Kaltura";
    private const string DieAppHeader = "X-Kaltura-App";
    private const string DieErrorPrefix = "error-";

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

    /// <summary>
    /// Returns the exception when <paramref name="headers"/> are those of the server's <c>kRendererDieError</c>, the
    /// answer of a failed serve action (no body): <c>X-Kaltura: error- CODE</c> and
    /// <c>X-Kaltura-App: exiting on error CODE - message</c>. Else null.
    /// </summary>
    public static KalturaApiException? TryReadDieHeaders(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues(DieHeader, out var values)
            || values.FirstOrDefault(v => v.StartsWith(DieErrorPrefix, StringComparison.Ordinal)) is not { } value)
        {
            return null;
        }

        var code = value[DieErrorPrefix.Length..].Trim();
        var message = code;
        var exiting = $"exiting on error {code} - ";
        if (headers.TryGetValues(DieAppHeader, out var app)
            && app.FirstOrDefault(a => a.StartsWith(exiting, StringComparison.Ordinal)) is { } text)
        {
            message = text[exiting.Length..];
        }

        return new KalturaApiException(code, message, new Dictionary<string, string>(StringComparer.Ordinal), $"{DieHeader}: {value}");
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
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON (or truncated), or a name or value whose escapes are not valid text: not an error object.
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
