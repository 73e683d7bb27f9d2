using System.Net;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// Dispatch step 8 (<c>kPermissionManager</c>): a verified KS must not be expired, logged out,
/// outside its IP or URI restriction, or past its actions limit.
/// </summary>
internal static class KsValidator
{
    /// <summary>Throws the matching INVALID_KS form when the session may not be used now.</summary>
    public static void Validate(SimulatorState state, SessionContext session, DateTimeOffset now, IPAddress? remoteIp, string requestUri)
    {
        if (session.Info is not { } info)
        {
            return;
        }

        if (info.IsExpiredAt(now))
        {
            throw KsErrors.Expired();
        }

        var privileges = info.Privileges;
        if (privileges.TryGetValues("iprestrict", out var ips)
            && !ips.Contains(remoteIp?.MapToIPv4().ToString() ?? "", StringComparer.Ordinal)
            && !ips.Contains(remoteIp?.ToString() ?? "", StringComparer.Ordinal))
        {
            throw KsErrors.RestrictedIp();
        }

        if (privileges.TryGetValues("urirestrict", out var uris) && !UriAllowed(string.Join('/', uris), requestUri))
        {
            throw KsErrors.RestrictedUri();
        }

        if (state.LoggedOutSessions.Contains(info.Hash))
        {
            throw KsErrors.LoggedOut();
        }

        if (privileges.TryGetValues("actionslimit", out var limits) && limits.Count > 0 && int.TryParse(limits[0], out var limit))
        {
            var used = state.SessionUses.GetValueOrDefault(info.Hash) + 1;
            state.SessionUses[info.Hash] = used;
            if (used > limit)
            {
                throw KsErrors.ActionsLimit();
            }
        }
    }

    // Exact match, or a prefix match for a pattern ending in '*'; several patterns separated by '|'.
    private static bool UriAllowed(string patterns, string requestUri) =>
        patterns.Split('|').Any(uri => uri == requestUri || (uri.EndsWith('*') && requestUri.StartsWith(uri[..^1], StringComparison.Ordinal)));
}
