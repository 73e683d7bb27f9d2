namespace KalturaGen.Runtime;

/// <summary>
/// Reads the Kaltura action a request calls from its route (<c>/api_v3/service/{service}/action/{action}</c>) and
/// decides whether sending it twice is harmless. Every Kaltura call is a POST, so the HTTP method says nothing.
/// </summary>
public static class KalturaActions
{
    private static readonly string[] ReadPrefixes = ["get", "list", "count", "serve"];

    /// <summary>
    /// Whether <paramref name="request"/> calls a read action (<c>get…</c>, <c>list…</c>, <c>count…</c>,
    /// <c>serve…</c>). Anything else (add, upload, addContent, update, delete, multirequest, session.start…) may take
    /// effect twice and is never idempotent here.
    /// </summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = ActionOf(request);
        return action is not null && ReadPrefixes.Any(p => action.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The action segment of the request's route, or null when the route is not a Kaltura action route.</summary>
    public static string? ActionOf(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "action");
        return at >= 0 && at + 1 < segments.Length && at >= 2 && segments[at - 2] == "service" ? segments[at + 1] : null;
    }
}
