using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// The server's <c>KalturaDispatcher::validateUser</c> for <c>@validateUser {entry|asset::entry} {param}
/// edit[, ownerOnly]</c> (reference §5.9). No KS fails; an admin KS passes. The object is looked up with
/// the default criteria (the caller's partner, not deleted); when it is missing the check is skipped and
/// the action reports it. A USER KS then passes with <c>edit:*</c> / <c>edit:&lt;entryId&gt;</c>, as the
/// owner (puser ids compared case-insensitively), or as an entitled editor (<c>isEntitledKuserEdit</c>),
/// except for owner-only actions, where <c>isOwnerActionsAllowed</c> leaves only the owner (user groups
/// are not modelled).
/// </summary>
/// <remarks>
/// A USER KS without a user id is the partner's "" user (<c>KalturaBaseService::getKuser</c> maps every
/// KS user, "" included, to a kuser), so it owns what any userless session created, as on the server.
/// </remarks>
internal static class EntryOwnershipRule
{
    /// <summary>Throws INVALID_KS("", -4, INVALID_TYPE) when the caller may not edit the object.</summary>
    public static void Check(ActionContext context, ValidateUserRule rule)
    {
        var session = context.Session;
        if (session.Info is null)
        {
            throw KsErrors.InvalidType();
        }

        if (session.IsAdmin || OwnedEntry(context, rule) is not { } entry)
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

        if (rule.OwnerOnly || !ListContains(entry.Props.GetValueOrDefault("entitledUsersEdit") as string, session.UserId))
        {
            throw KsErrors.InvalidType();
        }
    }

    // The annotation's object: the entry, or (asset::entry) the entry of the asset, through getentry().
    private static EntryRecord? OwnedEntry(ActionContext context, ValidateUserRule rule)
    {
        var id = context.String(rule.IdParam);
        return rule.Object switch
        {
            OwnedObject.AssetEntry => context.FindAnyAsset(id) is { } asset ? context.FindEntry(asset.EntryId) : null,
            _ => context.FindEntry(id),
        };
    }

    // setEntitledPusersEdit skips empty user ids, so the "" user is never an entitled editor.
    private static bool ListContains(string? commaList, string userId) =>
        userId.Length > 0 && commaList is not null
        && commaList.Split(',', StringSplitOptions.TrimEntries).Contains(userId, StringComparer.OrdinalIgnoreCase);
}
