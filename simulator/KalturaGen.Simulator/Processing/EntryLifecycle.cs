using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// The timed part of the entry state machine (reference §4.7, §5): imports and conversions complete
/// when the simulator clock passes their due time. Transitions are settled lazily, in due order,
/// before every request and snapshot, always under the state gate.
/// </summary>
internal sealed class EntryLifecycle
{
    private readonly SimulatorRuntime _runtime;

    /// <summary>Creates the lifecycle of a runtime.</summary>
    public EntryLifecycle(SimulatorRuntime runtime)
    {
        _runtime = runtime;
        Attacher = new ContentAttacher(runtime, this);
        Replacement = new ReplacementFlow(runtime, this);
    }

    /// <summary>Attaches content to entries.</summary>
    public ContentAttacher Attacher { get; }

    /// <summary>Content replacement (updateContent, approveReplace, cancelReplace).</summary>
    public ReplacementFlow Replacement { get; }

    private SimulatorState State => _runtime.State;

    /// <summary>
    /// Completes every import and conversion whose due time has passed, earliest first, reclaims the bytes of
    /// uploads abandoned past the resume limit, and processes the bulk upload jobs that reached PROCESSING.
    /// </summary>
    public void Settle()
    {
        var now = _runtime.NowSeconds;
        AbandonedUploads.Reclaim(State, now);
        Bulk.BulkJobProcessor.ProcessDue(_runtime, now);
        while (true)
        {
            var entry = State.Entries.Values.Where(e => e.TransitionDueAt <= now).MinBy(e => e.TransitionDueAt);
            var asset = State.Assets.Values.Where(a => a.ReadyDueAt <= now).MinBy(a => a.ReadyDueAt);
            if (entry is null && asset is null)
            {
                return;
            }

            if (asset is not null && (entry is null || asset.ReadyDueAt < entry.TransitionDueAt))
            {
                CompleteAssetConversion(asset, asset.ReadyDueAt!.Value);
            }
            else
            {
                CompleteEntryTransition(entry!, entry!.TransitionDueAt!.Value);
            }
        }
    }

    /// <summary>Starts a conversion: PRECONVERT now, renditions created, READY (or ERROR_CONVERTING) after ConversionTime.</summary>
    public void StartConversion(EntryRecord entry, long startedAt)
    {
        entry.Status = EntryStatus.Preconvert;
        entry.UpdatedAt = startedAt;
        foreach (var old in State.Assets.Values.Where(a => a.EntryId == entry.Id && a.ClassName == AssetClasses.Flavor && !a.IsOriginal && a.Status != FlavorStatus.Deleted))
        {
            old.Status = FlavorStatus.Deleted;
            old.DeletedAt = startedAt;
        }

        var original = State.Assets.Values.FirstOrDefault(a => a.EntryId == entry.Id && a.IsOriginal && a.Status != FlavorStatus.Deleted);
        if (entry.Type == EntryType.MediaClip)
        {
            foreach (var rendition in FlavorCatalog.RenditionsFor(entry.MediaType))
            {
                var flavor = ContentStore.NewFlavor(_runtime, entry, rendition.Id, isOriginal: false, FlavorStatus.Converting);
                flavor.FileExt = "mp4";
                if (original?.ContentPath is { } path)
                {
                    // The simulated transcode keeps the source bytes, so every flavor serves exact content.
                    ContentAttacher.SetContent(flavor, path, original.FileExt ?? "mp4", original.SizeBytes);
                }
            }
        }

        entry.TransitionDueAt = startedAt + (long)_runtime.Options.ConversionTime.TotalSeconds;
        entry.TransitionFails = TakeInjectedFailure();
    }

    /// <summary>Consumes one injected conversion failure, if any are pending.</summary>
    public bool TakeInjectedFailure()
    {
        if (State.ConversionFailuresToInject <= 0)
        {
            return false;
        }

        State.ConversionFailuresToInject--;
        return true;
    }

    /// <summary>An upload token reached FULL_UPLOAD: content waiting on it is completed (handleUploadFinished).</summary>
    public void OnUploadFinished(UploadTokenRecord token)
    {
        var now = _runtime.NowSeconds;
        switch (token.AttachedObjectType)
        {
            case "flavorAsset" when State.Assets.GetValueOrDefault(token.AttachedObjectId ?? "") is { } asset && asset.Status != FlavorStatus.Deleted:
                var (path, extension, size) = ContentStore.Take(_runtime, new ReadyFile(token.File!.Path, token.FileName, token, Move: true));
                ContentAttacher.SetContent(asset, path, extension, size);
                var owner = State.Entries.GetValueOrDefault(asset.EntryId);
                if (asset.IsOriginal && owner is not null && owner.Status != EntryStatus.Deleted)
                {
                    asset.Status = FlavorStatus.Queued;
                    if (owner.Type == EntryType.Document)
                    {
                        owner.Props["documentType"] = (long)MediaKinds.DocumentTypeOf(token.FileName);
                    }

                    StartConversion(owner, now);
                }
                else
                {
                    MarkFlavorReady(asset, now);
                }

                break;
            case "attachmentAsset" when State.Assets.GetValueOrDefault(token.AttachedObjectId ?? "") is { } attachment:
                var stored = ContentStore.Take(_runtime, new ReadyFile(token.File!.Path, token.FileName, token, Move: true));
                ContentAttacher.SetContent(attachment, stored.Path, stored.Extension, stored.Size);
                attachment.Status = AttachmentStatus.Ready;
                attachment.UpdatedAt = now;
                break;
            case "entry" when State.Entries.GetValueOrDefault(token.AttachedObjectId ?? "") is { } entry && entry.Status != EntryStatus.Deleted:
                Attacher.AttachFile(entry, new ReadyFile(token.File!.Path, token.FileName, token, Move: true));
                entry.UpdatedAt = now;
                break;
        }
    }

    /// <summary>An upload failed (handleUploadFailed): the token is deleted with its bytes, waiting content goes to error.</summary>
    public void OnUploadFailed(UploadTokenRecord token)
    {
        token.File?.Delete();
        token.Status = UploadTokenStatus.Deleted;
        token.UpdatedAt = _runtime.NowSeconds;
        if (token.AttachedObjectType == "flavorAsset" && State.Assets.GetValueOrDefault(token.AttachedObjectId ?? "") is { Status: FlavorStatus.Importing } asset)
        {
            asset.Status = FlavorStatus.Error;
            if (asset.IsOriginal && State.Entries.GetValueOrDefault(asset.EntryId) is { } owner)
            {
                owner.Status = EntryStatus.ErrorImporting;
                AfterEntrySettled(owner);
            }
        }
        else if (token.AttachedObjectType == "entry" && State.Entries.GetValueOrDefault(token.AttachedObjectId ?? "") is { Status: EntryStatus.Import } entry)
        {
            entry.Status = EntryStatus.ErrorImporting;
            AfterEntrySettled(entry);
        }
    }

    /// <summary>After an entry reaches READY or an error: replacement and pending clones follow it.</summary>
    public void AfterEntrySettled(EntryRecord entry)
    {
        if (entry.ReplacedEntryId is not null)
        {
            Replacement.OnTemporarySettled(entry);
        }

        if (entry.Status == EntryStatus.Ready && entry.CloneTargets.Count > 0)
        {
            foreach (var cloneId in entry.CloneTargets)
            {
                if (State.Entries.GetValueOrDefault(cloneId) is { } clone && clone.Status != EntryStatus.Deleted)
                {
                    CopyContent(entry, clone);
                    clone.Status = EntryStatus.Ready;
                    clone.UpdatedAt = _runtime.NowSeconds;
                }
            }

            entry.CloneTargets.Clear();
        }
    }

    /// <summary>Copies an entry's flavors (and image content) to another entry.</summary>
    public void CopyContent(EntryRecord source, EntryRecord target)
    {
        target.ContentPath = source.ContentPath;
        target.ContentExt = source.ContentExt;
        foreach (var flavor in State.Assets.Values.Where(a => a.EntryId == source.Id && a.ClassName == AssetClasses.Flavor && a.Status != FlavorStatus.Deleted).ToList())
        {
            var copy = ContentStore.NewFlavor(_runtime, target, flavor.FlavorParamsId ?? 0, flavor.IsOriginal, flavor.Status);
            copy.FileExt = flavor.FileExt;
            copy.Width = flavor.Width;
            copy.Height = flavor.Height;
            copy.Bitrate = flavor.Bitrate;
            if (flavor.ContentPath is { } path)
            {
                ContentAttacher.SetContent(copy, path, flavor.FileExt ?? "", flavor.SizeBytes);
            }
        }
    }

    private void CompleteEntryTransition(EntryRecord entry, long at)
    {
        entry.TransitionDueAt = null;
        entry.UpdatedAt = at;
        if (entry.Status == EntryStatus.Import)
        {
            CompleteImport(entry, at);
            return;
        }

        var flavors = State.Assets.Values.Where(a => a.EntryId == entry.Id && a.ClassName == AssetClasses.Flavor && a.Status is FlavorStatus.Queued or FlavorStatus.Converting).ToList();
        if (entry.TransitionFails)
        {
            entry.Status = EntryStatus.ErrorConverting;
            foreach (var flavor in flavors)
            {
                flavor.Status = flavor.IsOriginal ? FlavorStatus.Ready : FlavorStatus.Error;
                flavor.UpdatedAt = at;
            }
        }
        else
        {
            entry.Status = EntryStatus.Ready;
            foreach (var flavor in flavors)
            {
                MarkFlavorReady(flavor, at);
            }
        }

        entry.TransitionFails = false;
        AfterEntrySettled(entry);
    }

    private void CompleteImport(EntryRecord entry, long at)
    {
        var import = entry.ImportFile;
        entry.ImportFile = null;
        if (import is null || entry.TransitionFails)
        {
            entry.TransitionFails = false;
            entry.Status = EntryStatus.ErrorImporting;
            AfterEntrySettled(entry);
            return;
        }

        entry.TransitionFails = false;
        var (path, extension, size) = ContentStore.Take(_runtime, new ReadyFile(import.Path, import.FileName, null, Move: true));
        Attacher.ReplaceOriginal(entry, path, extension, size, FlavorStatus.Queued);
        StartConversion(entry, at);
    }

    private void CompleteAssetConversion(AssetRecord asset, long at)
    {
        asset.ReadyDueAt = null;
        if (asset.ConversionFails)
        {
            asset.ConversionFails = false;
            asset.Status = FlavorStatus.Error;
            asset.UpdatedAt = at;
            return;
        }

        MarkFlavorReady(asset, at);
    }

    private void MarkFlavorReady(AssetRecord flavor, long at)
    {
        flavor.Status = FlavorStatus.Ready;
        flavor.UpdatedAt = at;
        if (FlavorCatalog.Find(flavor.FlavorParamsId ?? -1) is { Id: > 0 } rendition)
        {
            flavor.Width = rendition.Width;
            flavor.Height = rendition.Height;
            flavor.Bitrate = rendition.VideoBitrate;
        }

        if (State.Entries.GetValueOrDefault(flavor.EntryId) is { Status: EntryStatus.NoContent } owner)
        {
            // A ready flavor added by flavorAsset.setContent gives a content-less entry its content.
            owner.Status = EntryStatus.Ready;
            owner.UpdatedAt = at;
        }
    }
}
