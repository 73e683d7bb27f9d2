using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>@validateUser entry entryId edit[, ownerOnly]</c> (reference §5.9): no KS fails; an admin KS
/// passes; a USER KS passes with <c>edit:*</c> / <c>edit:&lt;id&gt;</c>, as the owner, or as an entitled
/// editor (not for owner-only actions). A missing entry skips the check so the action reports it.
/// </summary>
public static class EntryOwnershipRule
{
    /// <summary>Throws INVALID_KS("", -4, INVALID_TYPE) when the caller may not edit the entry.</summary>
    public static void Check(ActionContext context, string? entryId, bool ownerOnly)
    {
        var session = context.Session;
        if (session.Info is null)
        {
            throw KsErrors.InvalidType();
        }

        if (session.IsAdmin || context.FindEntry(entryId) is not { } entry)
        {
            return;
        }

        if (session.HasPrivilege("edit", "*") || session.HasPrivilege("edit", entry.Id))
        {
            return;
        }

        if (string.Equals(entry.UserId, session.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var entitled = ListContains(entry.Props.GetValueOrDefault("entitledUsersEdit") as string, session.UserId);
        var publisher = ListContains(entry.Props.GetValueOrDefault("entitledUsersPublish") as string, session.UserId);
        if (!entitled || (ownerOnly && !publisher))
        {
            throw KsErrors.InvalidType();
        }
    }

    private static bool ListContains(string? commaList, string userId) =>
        userId.Length > 0 && commaList is not null
        && commaList.Split(',', StringSplitOptions.TrimEntries).Contains(userId, StringComparer.OrdinalIgnoreCase);
}
