using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator.Services;

/// <summary>The <c>session</c> service: start issues real KS strings, end logs a KS out.</summary>
internal static class SessionService
{
    /// <summary>Registers the actions.</summary>
    public static void Map(ActionRegistry registry) => registry
        .Add("session", "start", Start)
        .Add("session", "end", End);

    /// <summary>
    /// session.start: the admin secret starts either type, the user secret only USER sessions; an
    /// unknown or blocked partner or a wrong secret gives START_SESSION_ERROR. Expiry is capped at the
    /// partner's maximum; QUIRK (reproduced): expiry=0 yields an already expired KS.
    /// </summary>
    public static ValueTask<object?> Start(ActionContext context)
    {
        var partnerIdText = context.String("partnerId") ?? "";
        var type = (int)(context.Long("type") ?? 0);
        var partner = context.Long("partnerId") is { } id ? context.State.Partners.GetValueOrDefault((int)id) : null;
        var secret = context.String("secret") ?? "";
        var secretMatches = partner is not null
            && (secret == partner.AdminSecret || (secret == partner.UserSecret && partner.UserSecret.Length > 0 && type == (int)SessionKind.User));
        if (partner is null || partner.Blocked || !secretMatches)
        {
            throw new ApiException("START_SESSION_ERROR", partnerIdText);
        }

        var expiry = (int)Math.Min(context.Long("expiry") ?? 86400, partner.KsMaxExpirySeconds);
        var userId = context.String("userId") ?? "";
        var privileges = context.String("privileges");
        var ks = KsIssuer.Issue(partner, type, userId, expiry, privileges, context.Runtime.Clock);
        return ValueTask.FromResult<object?>(ks);
    }

    /// <summary>session.end: the KS that made the call answers INVALID_KS (LOGOUT) from now on.</summary>
    public static ValueTask<object?> End(ActionContext context)
    {
        if (context.Session.Info is { } info)
        {
            context.State.LoggedOutSessions.Add(info.Hash);
        }

        return ValueTask.FromResult<object?>(null);
    }
}
