using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// Attaches content to a media or document entry (<c>attachResource</c>, reference §4.7 and §5.3):
/// a ready file becomes the original flavor and starts a conversion (images are READY at once); a
/// pending token moves the entry to IMPORT and waits; a URL import waits for its import time.
/// Runs under the state gate.
/// </summary>
internal sealed class ContentAttacher(SimulatorRuntime runtime, EntryLifecycle lifecycle)
{
    private static readonly int[] StatusesThatBecomeImport =
        [EntryStatus.ErrorConverting, EntryStatus.ErrorImporting, EntryStatus.Pending, EntryStatus.NoContent];

    /// <summary>Attaches content to the entry.</summary>
    public void Attach(EntryRecord entry, ContentSource content)
    {
        switch (content)
        {
            case ReadyFile file:
                AttachFile(entry, file);
                break;
            case PendingToken pending:
                AttachPending(entry, pending.Token);
                break;
            case UrlImport import:
                AttachUrl(entry, import);
                break;
            case MultiFlavor multi:
                AttachFlavors(entry, multi);
                break;
        }

        entry.UpdatedAt = runtime.NowSeconds;
    }

    /// <summary>A ready file: images and (for AUTOMATIC entries) types are decided by the extension.</summary>
    public void AttachFile(EntryRecord entry, ReadyFile file)
    {
        if (entry.Type == EntryType.Automatic)
        {
            SetTypeFromFile(entry, file.FileName);
        }

        if (entry.Type == EntryType.MediaClip)
        {
            entry.MediaType ??= MediaKinds.MediaTypeOf(file.FileName);
        }

        if (entry.Type == EntryType.Document)
        {
            entry.Props["documentType"] = (long)MediaKinds.DocumentTypeOf(file.FileName);
        }

        var (path, extension, size) = ContentStore.Take(runtime, file);
        if (entry.Type == EntryType.MediaClip && entry.MediaType == MediaType.Image)
        {
            entry.ContentPath = path;
            entry.ContentExt = extension;
            entry.Status = EntryStatus.Ready;
            lifecycle.AfterEntrySettled(entry);
            return;
        }

        ReplaceOriginal(entry, path, extension, size, FlavorStatus.Queued);
        lifecycle.StartConversion(entry, runtime.NowSeconds);
    }

    private void AttachPending(EntryRecord entry, UploadTokenRecord token)
    {
        if (StatusesThatBecomeImport.Contains(entry.Status))
        {
            entry.Status = EntryStatus.Import;
        }

        if (entry.Type == EntryType.Automatic)
        {
            SetTypeFromFile(entry, token.FileName);
        }

        if (entry.Type == EntryType.MediaClip)
        {
            entry.MediaType ??= MediaKinds.MediaTypeOf(token.FileName);
        }

        if (entry.Type == EntryType.MediaClip && entry.MediaType == MediaType.Image)
        {
            token.AttachedObjectType = "entry";
            token.AttachedObjectId = entry.Id;
            return;
        }

        var original = ReplaceOriginal(entry, null, MediaTypeExtension(token.FileName), 0, FlavorStatus.Importing);
        token.AttachedObjectType = "flavorAsset";
        token.AttachedObjectId = original.Id;
    }

    private void AttachUrl(EntryRecord entry, UrlImport import)
    {
        if (entry.Type == EntryType.MediaClip && entry.MediaType == MediaType.Image)
        {
            // Images are downloaded synchronously: READY or ERROR_IMPORTING at once.
            if (import.File is { } image)
            {
                AttachFile(entry, image);
            }
            else
            {
                entry.Status = EntryStatus.ErrorImporting;
            }

            return;
        }

        entry.Status = EntryStatus.Import;
        entry.ImportFile = import.File is { } file ? new ReadyFileRef(Keep(file), file.FileName ?? import.Url) : null;
        entry.TransitionFails = import.File is null;
        entry.TransitionDueAt = runtime.NowSeconds + (long)runtime.Options.ImportTime.TotalSeconds;
    }

    // A fetched file waits for the import time: it moves into storage, since the call's temporary files go when it ends.
    private string Keep(ReadyFile file)
    {
        var kept = runtime.Storage.NewContentPath();
        File.Move(file.Path, kept);
        return kept;
    }

    private void AttachFlavors(EntryRecord entry, MultiFlavor multi)
    {
        foreach (var (paramsId, content) in multi.Flavors)
        {
            var file = content switch
            {
                ReadyFile ready => ready,
                UrlImport { File: { } fetched } => fetched,
                _ => throw new ApiException("RESOURCE_TYPE_NOT_SUPPORTED", content.GetType().Name),
            };
            var (path, extension, size) = ContentStore.Take(runtime, file);
            if (paramsId == FlavorCatalog.SourceId)
            {
                ReplaceOriginal(entry, path, extension, size, FlavorStatus.Queued);
                continue;
            }

            foreach (var old in runtime.State.Assets.Values.Where(a => a.EntryId == entry.Id && a.FlavorParamsId == paramsId && a.ClassName == AssetClasses.Flavor && a.Status != FlavorStatus.Deleted))
            {
                old.Status = FlavorStatus.Deleted;
            }

            var flavor = ContentStore.NewFlavor(runtime, entry, paramsId, isOriginal: false, FlavorStatus.Queued);
            SetContent(flavor, path, extension, size);
        }

        entry.Status = EntryStatus.Preconvert;
        entry.TransitionDueAt = runtime.NowSeconds + (long)runtime.Options.ConversionTime.TotalSeconds;
        entry.TransitionFails = lifecycle.TakeInjectedFailure();
    }

    /// <summary>Replaces the entry's original flavor with new content (or an empty, importing one).</summary>
    public AssetRecord ReplaceOriginal(EntryRecord entry, string? path, string extension, long size, int status)
    {
        foreach (var old in runtime.State.Assets.Values.Where(a => a.EntryId == entry.Id && a.IsOriginal && a.Status != FlavorStatus.Deleted))
        {
            old.Status = FlavorStatus.Deleted;
            old.DeletedAt = runtime.NowSeconds;
        }

        var original = ContentStore.NewFlavor(runtime, entry, FlavorCatalog.SourceId, isOriginal: true, status);
        original.FileExt = extension;
        if (path is not null)
        {
            SetContent(original, path, extension, size);
        }

        return original;
    }

    /// <summary>Points an asset at stored content.</summary>
    public static void SetContent(AssetRecord asset, string path, string extension, long size)
    {
        asset.ContentPath = path;
        asset.FileExt = extension;
        asset.SizeBytes = size;
    }

    private static void SetTypeFromFile(EntryRecord entry, string? fileName)
    {
        entry.Type = MediaKinds.EntryTypeOf(fileName);
        entry.ClassName = entry.Type switch
        {
            EntryType.MediaClip => "KalturaMediaEntry",
            EntryType.Document => "KalturaDocumentEntry",
            _ => "KalturaDataEntry",
        };
    }

    private static string MediaTypeExtension(string? fileName) => MimeTypes.ExtensionOf(fileName);
}
