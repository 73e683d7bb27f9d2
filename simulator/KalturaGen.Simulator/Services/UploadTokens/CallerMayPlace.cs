using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// Whether the <c>ks</c> read before a chunk's file part lets its bytes be placed into the token's file before the call
/// is dispatched: the KS must verify (<see cref="KsCracker"/>), be unexpired and not logged out (<see cref="KsValidator"/>),
/// not be a widget session, belong to the token's partner (and to the token's user, for a USER KS, as
/// <see cref="Rules.TokenVisibleToCaller"/> requires) and not name another partner. A KS restricted by IP, URI or
/// actions limit is not judged here (those checks need the request's origin or count a use): its chunk takes the
/// ordinary path. A caller refused here holds no lock: the call proceeds and answers its own error.
/// </summary>
internal static class CallerMayPlace
{
    private static readonly string[] DeferredPrivileges = ["iprestrict", "urirestrict", "actionslimit"];

    /// <summary>True when the caller may write the token; call it under the state's gate.</summary>
    public static bool Check(SimulatorRuntime runtime, string? ks, string? partnerIdParam, UploadTokenRecord token)
    {
        if (string.IsNullOrEmpty(ks))
        {
            return false;
        }

        SessionContext session;
        try
        {
            session = KsCracker.Resolve(runtime.State, ks, partnerIdParam);
        }
        catch (ApiException)
        {
            return false;
        }

        if (session.Info is not { } info
            || info.IsExpiredAt(runtime.Clock.GetUtcNow())
            || runtime.State.LoggedOutSessions.Contains(info.Hash)
            || DeferredPrivileges.Any(name => info.Privileges.TryGetValues(name, out _))
            || session.IsWidget)
        {
            return false;
        }

        if (int.TryParse(partnerIdParam, out var requested) && requested != info.PartnerId && requested != 0)
        {
            return false;
        }

        return token.PartnerId == info.PartnerId
            && token.Status != UploadTokenStatus.Deleted
            && (info.IsAdmin || token.UserId == info.UserId);
    }
}
