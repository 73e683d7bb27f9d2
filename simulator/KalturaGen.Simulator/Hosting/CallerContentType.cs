using Microsoft.Net.Http.Headers;

namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// The <c>content-type</c> request parameter, which the server's <c>serializeResponse</c> copies into the
/// Content-Type header as given. Deviation: the simulator honours only types a browser will not render as a page
/// (JSON, JavaScript, XML, plain text), so a crafted link cannot turn a response into an HTML page on the
/// simulator's origin; any other value, or one that is not a valid header, leaves the serializer's own type.
/// </summary>
internal static class CallerContentType
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/json", "text/json", "application/javascript", "text/javascript", "application/x-javascript",
        "text/xml", "application/xml", "text/plain",
    };

    /// <summary>The Content-Type to answer with.</summary>
    public static string Resolve(string? requested, string serializerType) =>
        requested is { Length: > 0 }
        && HeaderValues.IsSafe(requested)
        && MediaTypeHeaderValue.TryParse(requested, out var parsed)
        && Allowed.Contains(parsed.MediaType.Value ?? "")
            ? parsed.ToString()
            : serializerType;
}
