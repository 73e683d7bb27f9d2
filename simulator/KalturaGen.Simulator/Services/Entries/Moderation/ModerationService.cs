using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries.Moderation;

/// <summary>
/// The moderation actions of <c>baseEntry</c> (any entry type) and <c>media</c> (media clips only): flag, reject,
/// approve and listFlags, as <c>KalturaEntryService::flagEntry</c>, <c>rejectEntry</c>, <c>approveEntry</c> and
/// <c>listFlagsForEntry</c> do them. None carries <c>@validateUser</c>; who may call them is the role's permission
/// (<see cref="Sessions.ServicePermissions"/>): flag is open to user and widget sessions and to calls without a KS,
/// approve, reject and listFlags need the admin role.
/// </summary>
internal static class ModerationService
{
    private static readonly int[] FlaggableStatuses = [State.Moderation.Approved, State.Moderation.AutoApproved, State.Moderation.FlaggedForReview];

    /// <summary>Registers the four actions on baseEntry and on media.</summary>
    public static void Map(ActionRegistry registry)
    {
        foreach (var (service, type) in new (string, int?)[] { ("baseentry", null), ("media", EntryType.MediaClip) })
        {
            registry
                .Add(service, "flag", context => Flag(context, type))
                .Add(service, "reject", context => Moderate(context, type, State.Moderation.Rejected))
                .Add(service, "approve", context => Moderate(context, type, State.Moderation.Approved))
                .Add(service, "listFlags", ListFlags);
        }
    }

    /// <summary>
    /// <c>flagEntry</c>: flaggedEntryId is required; the entry must exist (and be a media clip for media.flag) and be
    /// APPROVED, AUTO_APPROVED or FLAGGED_FOR_REVIEW, else ENTRY_CANNOT_BE_FLAGGED. A PENDING flag is saved and the
    /// entry becomes FLAGGED_FOR_REVIEW; moderationCount is not incremented (the server stopped calling
    /// <c>incModerationCount</c> there). The action is void: the client gets null.
    /// </summary>
    public static ValueTask<object?> Flag(ActionContext context, int? type)
    {
        var input = context.Object("moderationFlag") ?? throw new ApiException("MISSING_MANDATORY_PARAMETER", "moderationFlag");
        RequiredPropertyRule.Check(input, "flaggedEntryId");
        var entryId = input.GetString("flaggedEntryId");
        var entry = FindFlaggable(context, entryId);
        if (entry is null || (type is { } required && entry.Type != required))
        {
            throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);
        }

        if (!FlaggableStatuses.Contains(entry.ModerationStatus))
        {
            throw new ApiException("ENTRY_CANNOT_BE_FLAGGED");
        }

        var flags = context.State.ModerationFlags;
        flags.Add(new ModerationFlagRecord
        {
            Id = flags.Count + 1,
            PartnerId = entry.PartnerId,
            UserId = context.Session.PartnerId == entry.PartnerId ? context.Session.UserId : "",
            FlaggedEntryId = entry.Id,
            Comments = input.GetString("comments"),
            FlagType = input.GetInt("flagType"),
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
        entry.ModerationStatus = State.Moderation.FlaggedForReview;
        entry.UpdatedAt = context.Now;
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>
    /// <c>approveEntry</c> / <c>rejectEntry</c>: the entry of the caller's partner (a media clip for the media
    /// service) gets the moderation status and moderationCount 0, its pending flags become MODERATED. The entry
    /// status is left as it is (a rejected READY entry stays READY) and nothing refuses a second approve or reject.
    /// </summary>
    public static ValueTask<object?> Moderate(ActionContext context, int? type, int moderationStatus)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), type);
        EntryModeration.Moderate(context.State, entry, moderationStatus, context.Now);
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>
    /// <c>listFlagsForEntry</c>: the PENDING entry flags of the caller's partner for that entry id, paged (the pager's
    /// rules, pageSize 0 included), oldest first. The entry is not looked up: an unknown id lists nothing.
    /// </summary>
    public static ValueTask<object?> ListFlags(ActionContext context)
    {
        var entryId = context.String("entryId");
        var pending = context.State.ModerationFlags
            .Where(f => f.PartnerId == context.PartnerId && f.FlaggedEntryId == entryId && f.Status == ModerationFlagStatus.Pending)
            .ToList();
        return ValueTask.FromResult<object?>(new WireObject("KalturaModerationFlagListResponse")
        {
            ["objects"] = PagerRule.Page(pending, PagerRule.Resolve(context.Object("pager"))).Select(ModerationFlagMapper.ToWire).ToList(),
            ["totalCount"] = (long)pending.Count,
        });
    }

    // kCurrentContext::initPartnerByEntryId reads the entry with no partner or status filter (a flag needs no KS).
    // With a KS the look-up stays within its partner: partner isolation is kept, as for recycle and clone.
    private static EntryRecord? FindFlaggable(ActionContext context, string? entryId) =>
        context.FindEntryNoFilter(entryId) is { } entry && (context.Session.Info is null || entry.PartnerId == context.PartnerId) ? entry : null;
}
