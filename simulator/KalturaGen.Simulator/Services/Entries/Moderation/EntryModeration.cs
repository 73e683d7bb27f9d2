using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.Entries.Moderation;

/// <summary>
/// <c>entry::setDefaultModerationStatus</c>, called by <c>KalturaEntryService::prepareEntryForInsert</c> for every new
/// entry: PENDING_MODERATION when the partner moderates content (<c>myPartnerUtils::shouldModerate</c>, the partner's
/// <c>moderateContent</c>), AUTO_APPROVED otherwise. The entry status is not touched: a moderated entry still goes
/// NO_CONTENT → … → READY; only lists hide it (<c>setDefaultModerationStatus</c> of the list filter).
/// </summary>
internal static class EntryModeration
{
    /// <summary>The moderation status a new entry of the partner starts in.</summary>
    public static int DefaultStatus(PartnerOptions? partner) =>
        partner?.ModerateContent == true ? State.Moderation.PendingModeration : State.Moderation.AutoApproved;

    /// <summary>
    /// <c>KalturaEntryService::approveEntry</c> / <c>rejectEntry</c>: the new moderation status, moderationCount 0, and
    /// <c>moderationFlagPeer::markAsModeratedByEntryId</c> marks the entry's pending flags MODERATED.
    /// </summary>
    public static void Moderate(SimulatorState state, EntryRecord entry, int moderationStatus, long now)
    {
        entry.ModerationStatus = moderationStatus;
        entry.ModerationCount = 0;
        entry.UpdatedAt = now;
        foreach (var flag in state.ModerationFlags.Where(f => f.FlaggedEntryId == entry.Id && f.PartnerId == entry.PartnerId && f.Status == ModerationFlagStatus.Pending))
        {
            flag.Status = ModerationFlagStatus.Moderated;
            flag.UpdatedAt = now;
        }
    }
}
