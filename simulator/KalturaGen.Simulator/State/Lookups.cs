using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator.State;

/// <summary>
/// The server's default criteria: objects of other partners are never found, DELETED entries and
/// tokens are invisible. Recycled entries are still found (only lists hide them).
/// </summary>
internal static class Lookups
{
    /// <summary>The caller's partner's entry, unless deleted.</summary>
    public static EntryRecord? FindEntry(this ActionContext context, string? id) =>
        id is not null && context.State.Entries.TryGetValue(id, out var entry)
        && entry.PartnerId == context.PartnerId && entry.Status != EntryStatus.Deleted ? entry : null;

    /// <summary>An entry of any partner and status (the unfiltered lookup recycle uses).</summary>
    public static EntryRecord? FindEntryNoFilter(this ActionContext context, string? id) =>
        id is not null ? context.State.Entries.GetValueOrDefault(id) : null;

    /// <summary>The caller's partner's asset of the given class, unless deleted.</summary>
    public static AssetRecord? FindAsset(this ActionContext context, string? id, string className) =>
        id is not null && context.State.Assets.TryGetValue(id, out var asset)
        && asset.PartnerId == context.PartnerId && asset.ClassName == className
        && asset.Status != FlavorStatus.Deleted ? asset : null;

    /// <summary>The caller's partner's asset of any class, unless deleted (<c>assetPeer::retrieveByPK</c>).</summary>
    public static AssetRecord? FindAnyAsset(this ActionContext context, string? id) =>
        id is not null && context.State.Assets.TryGetValue(id, out var asset)
        && asset.PartnerId == context.PartnerId && asset.Status != FlavorStatus.Deleted ? asset : null;

    /// <summary>
    /// The caller's token, unless deleted; a USER KS (or none) only sees its own user's tokens
    /// (<c>restrictPeerToCurrentUser</c>).
    /// </summary>
    public static UploadTokenRecord? FindToken(this ActionContext context, string? id) =>
        id is not null && context.State.Tokens.TryGetValue(id, out var token) && IsVisible(context, token) ? token : null;

    /// <summary>Whether a token is visible to the caller (partner, not deleted, user restriction).</summary>
    public static bool IsVisible(ActionContext context, UploadTokenRecord token) => IsVisibleTo(token, context.Session);

    /// <summary>Whether a token is visible to <paramref name="session"/>: its partner's, not deleted, and its user's for a USER KS.</summary>
    public static bool IsVisibleTo(UploadTokenRecord token, SessionContext session) =>
        token.PartnerId == (session.PartnerId ?? 0)
        && token.Status != UploadTokenStatus.Deleted
        && (session.IsAdmin || token.UserId == session.UserId);

    /// <summary>The flavors of an entry that are not deleted, oldest first.</summary>
    public static IEnumerable<AssetRecord> FlavorsOf(this ActionContext context, string entryId) =>
        context.State.Assets.Values.Where(a => a.EntryId == entryId && a.ClassName == AssetClasses.Flavor && a.Status != FlavorStatus.Deleted)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.FlavorParamsId);
}

/// <summary>Asset class names.</summary>
internal static class AssetClasses
{
    /// <summary>KalturaFlavorAsset.</summary>
    public const string Flavor = "KalturaFlavorAsset";

    /// <summary>KalturaAttachmentAsset.</summary>
    public const string Attachment = "KalturaAttachmentAsset";
}
