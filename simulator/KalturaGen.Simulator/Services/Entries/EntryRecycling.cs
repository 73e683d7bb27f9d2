using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// baseEntry.recycle and restoreRecycled: the look-up ignores status (QUIRK, reproduced: a DELETED
/// entry is recycled, then the answer is ENTRY_ID_NOT_FOUND). Unlike the server's unfiltered look-up,
/// other partners' entries stay out of reach: partner isolation is kept.
/// </summary>
internal static class EntryRecycling
{
    /// <summary>baseEntry.recycle: needs FEATURE_RECYCLE_BIN; displayInSearch becomes RECYCLED, status unchanged.</summary>
    public static ValueTask<object?> Recycle(ActionContext context)
    {
        if (!context.Partner.HasFeature(PartnerFeatures.RecycleBin))
        {
            throw new ApiException("FEATURE_RECYCLE_BIN_DISABLED");
        }

        var entry = FindUnfiltered(context);
        if (entry.DisplayInSearch == DisplayInSearchType.Recycled)
        {
            throw new ApiException("INVALID_ENTRY_STATUS_FOR_RECYCLE");
        }

        entry.DisplayInSearchBeforeRecycle = entry.DisplayInSearch;
        entry.DisplayInSearch = DisplayInSearchType.Recycled;
        entry.RecycledAt = context.Now;
        entry.UpdatedAt = context.Now;
        return Reread(context, entry);
    }

    /// <summary>baseEntry.restoreRecycled: no feature check; the saved displayInSearch comes back.</summary>
    public static ValueTask<object?> RestoreRecycled(ActionContext context)
    {
        var entry = FindUnfiltered(context);
        if (entry.DisplayInSearch != DisplayInSearchType.Recycled)
        {
            throw new ApiException("INVALID_ENTRY_STATUS_FOR_RESTORE");
        }

        entry.DisplayInSearch = entry.DisplayInSearchBeforeRecycle ?? DisplayInSearchType.PartnerOnly;
        entry.DisplayInSearchBeforeRecycle = null;
        entry.RecycledAt = null;
        entry.UpdatedAt = context.Now;
        return Reread(context, entry);
    }

    private static EntryRecord FindUnfiltered(ActionContext context)
    {
        var entryId = context.String("entryId");
        var entry = context.FindEntryNoFilter(entryId);
        return entry is not null && entry.PartnerId == context.PartnerId ? entry : throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);
    }

    // The answer is read back with the default criteria, which hide deleted entries.
    private static ValueTask<object?> Reread(ActionContext context, EntryRecord entry) =>
        ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Require(context, entry.Id)));
}
