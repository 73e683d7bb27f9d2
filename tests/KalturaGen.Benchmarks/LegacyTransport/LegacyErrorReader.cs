using System.Text.Json;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// Recognizes a Kaltura error object (<c>"objectType": "KalturaAPIException"</c>) in a parsed response, as the
/// legacy transport did (<c>KalturaErrorReader</c> of commit 9fe97c4): a property lookup on the root element.
/// </summary>
internal static class LegacyErrorReader
{
    private const string ErrorObjectType = "KalturaAPIException";

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
