using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// Whether the <c>ks</c> read before a chunk's file part lets its bytes be placed into the token's file before the call
/// is dispatched: the KS must verify (<see cref="KsCracker"/>), pass <see cref="KsValidator"/> (unexpired, not logged
/// out), not be a widget session, see the token as <see cref="Rules.TokenVisibleToCaller"/> does
/// (<see cref="Lookups.IsVisibleTo"/>) and not name another partner. A KS restricted by IP, URI or actions limit is
/// not judged here (those checks need the request's origin or count a use): its chunk takes the ordinary path. A
/// caller refused here holds no lock: the call proceeds and answers its own error.
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

        // A restricted KS is judged by the dispatcher alone: its IP and URI checks need the request, and its actions
        // limit would count this look as a use.
        if (session.Info is not { } info || DeferredPrivileges.Any(name => info.Privileges.TryGetValues(name, out _)) || session.IsWidget)
        {
            return false;
        }

        try
        {
            // Expired or logged out: what the dispatcher's own check refuses.
            KsValidator.Validate(runtime.State, session, runtime.Clock.GetUtcNow(), remoteIp: null, requestUri: "");
        }
        catch (ApiException)
        {
            return false;
        }

        if (int.TryParse(partnerIdParam, out var requested) && requested != info.PartnerId && requested != 0)
        {
            return false;
        }

        return Lookups.IsVisibleTo(token, session);
    }
}
