using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// Content replacement (reference §5.4): updateContent on an entry with content creates a temporary
/// entry that receives the new content while the original keeps serving; when the temporary entry
/// is READY the replacement happens (auto-approved partners) or waits for approveReplace.
/// </summary>
internal sealed class ReplacementFlow(SimulatorRuntime runtime, EntryLifecycle lifecycle)
{
    private SimulatorState State => runtime.State;

    /// <summary>updateContent: attach directly to NO_CONTENT and image entries, otherwise replace through a temporary entry.</summary>
    public void UpdateContent(ActionContext context, EntryRecord entry, Func<ContentSource> resolve)
    {
        if (entry.Status == EntryStatus.NoContent || entry.MediaType == MediaType.Image)
        {
            lifecycle.Attacher.Attach(entry, resolve());
            return;
        }

        if (!context.Partner.HasFeature(PartnerFeatures.EntryReplacement))
        {
            throw new ApiException("FEATURE_FORBIDDEN", PartnerFeatures.EntryReplacement);
        }

        if (entry.ReplacingEntryId is not null)
        {
            throw new ApiException("ENTRY_REPLACEMENT_ALREADY_EXISTS");
        }

        var content = resolve();
        var temp = new EntryRecord
        {
            Id = NewEntryId(),
            Sequence = State.NextSequence(),
            PartnerId = entry.PartnerId,
            ClassName = entry.ClassName,
            Type = entry.Type,
            MediaType = entry.MediaType,
            UserId = entry.UserId,
            CreatorId = entry.CreatorId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            IsTemporary = true,
            DisplayInSearch = DisplayInSearchType.System,
            ReplacedEntryId = entry.Id,
            Version = 1,
        };
        temp.Props["name"] = entry.Name;
        State.Entries[temp.Id] = temp;
        entry.ReplacingEntryId = temp.Id;
        entry.ReplacementStatus = context.Partner.HasFeature(PartnerFeatures.EntryReplacementApproval)
            ? ReplacementStatus.NotReadyAndNotApproved
            : ReplacementStatus.ApprovedButNotReady;
        entry.UpdatedAt = context.Now;
        try
        {
            lifecycle.Attacher.Attach(temp, content);
        }
        catch
        {
            Cancel(entry);
            throw;
        }

        if (temp.Status == EntryStatus.Ready)
        {
            OnTemporarySettled(temp);
        }
    }

    /// <summary>The temporary entry reached READY or an error.</summary>
    public void OnTemporarySettled(EntryRecord temp)
    {
        if (State.Entries.GetValueOrDefault(temp.ReplacedEntryId ?? "") is not { } original || original.ReplacingEntryId != temp.Id)
        {
            return;
        }

        if (temp.Status == EntryStatus.Ready)
        {
            if (original.ReplacementStatus == ReplacementStatus.ApprovedButNotReady)
            {
                Apply(original, temp);
            }
            else if (original.ReplacementStatus == ReplacementStatus.NotReadyAndNotApproved)
            {
                original.ReplacementStatus = ReplacementStatus.ReadyButNotApproved;
            }
        }
        else if (temp.Status is EntryStatus.ErrorConverting or EntryStatus.ErrorImporting)
        {
            original.ReplacementStatus = ReplacementStatus.Failed;
        }
    }

    /// <summary>approveReplace: by replacement status (NONE and FAILED cannot be approved).</summary>
    public void Approve(EntryRecord entry)
    {
        if (entry.MediaType == MediaType.Image)
        {
            return;
        }

        switch (entry.ReplacementStatus)
        {
            case ReplacementStatus.ApprovedButNotReady:
                return;
            case ReplacementStatus.ReadyButNotApproved when State.Entries.GetValueOrDefault(entry.ReplacingEntryId ?? "") is { } ready:
                Apply(entry, ready);
                return;
            case ReplacementStatus.NotReadyAndNotApproved:
                entry.ReplacementStatus = ReplacementStatus.ApprovedButNotReady;
                if (State.Entries.GetValueOrDefault(entry.ReplacingEntryId ?? "") is { Status: EntryStatus.Ready } temp)
                {
                    Apply(entry, temp);
                }

                return;
            default:
                throw new ApiException("ENTRY_ID_NOT_REPLACED", entry.Id);
        }
    }

    /// <summary>cancelReplace: deletes the temporary entry, if any, and clears the replacement. Never fails.</summary>
    public void Cancel(EntryRecord entry)
    {
        if (State.Entries.GetValueOrDefault(entry.ReplacingEntryId ?? "") is { } temp)
        {
            temp.Status = EntryStatus.Deleted;
            temp.UpdatedAt = runtime.NowSeconds;
        }

        entry.ReplacingEntryId = null;
        entry.ReplacementStatus = ReplacementStatus.None;
        entry.UpdatedAt = runtime.NowSeconds;
    }

    private void Apply(EntryRecord original, EntryRecord temp)
    {
        var now = runtime.NowSeconds;
        ReplacementRelink.Relink(State, original, temp, now);
        original.Status = temp.Status;
        original.DurationMs = temp.DurationMs;
        original.ContentPath = temp.ContentPath ?? original.ContentPath;
        original.ContentExt = temp.ContentExt ?? original.ContentExt;
        original.Version++;
        original.ReplacingEntryId = null;
        original.ReplacementStatus = ReplacementStatus.None;
        original.UpdatedAt = now;
        temp.Status = EntryStatus.Deleted;
        temp.UpdatedAt = now;
    }

    private string NewEntryId()
    {
        string id;
        do
        {
            id = State.Ids.ShortId();
        }
        while (State.Entries.ContainsKey(id) || State.Assets.ContainsKey(id));

        return id;
    }
}
