using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// The media adds that take content from elsewhere (reference §5.5): addFromUrl (really fetches the
/// URL), addFromEntry and addFromFlavorAsset (copy a flavor and convert it). Bulk upload is in
/// <see cref="BulkUpload"/>.
/// </summary>
internal static class MediaImports
{
    private static readonly string[] CopiedFields = ["name", "description", "tags", "creditUserName", "creditUrl"];

    /// <summary>Registers the actions.</summary>
    public static void Map(ActionRegistry registry) => registry
        .AddSelfLocking("media", "addFromUrl", AddFromUrlAsync)
        .Add("media", "addFromEntry", AddFromEntry)
        .Add("media", "addFromFlavorAsset", AddFromFlavorAsset)
        .AddSelfLocking("media", "bulkUploadAdd", BulkUpload.AddAsync);

    /// <summary>
    /// media.addFromUrl: video and audio go to IMPORT, then convert (or ERROR_IMPORTING when the
    /// download failed); images are downloaded at once and are READY (or ERROR_IMPORTING).
    /// </summary>
    public static async ValueTask<object?> AddFromUrlAsync(ActionContext context)
    {
        var url = context.String("url") ?? "";
        var fetched = await UrlFetcher.FetchAsync(context, url);
        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            context.Runtime.Lifecycle.Settle();
            var input = context.Object("mediaEntry")!;
            RequiredPropertyRule.Check(input, "mediaType");
            var entry = EntryAccess.Store(context, EntryFactory.Create(context, input, EntryType.MediaClip, EntryStatus.NoContent));
            entry.Props["sourceType"] = "5";
            context.Runtime.Lifecycle.Attacher.Attach(entry, new UrlImport(url, fetched));
            return EntryAccess.Result(context, entry);
        }
        finally
        {
            context.State.Gate.Release();
        }
    }

    /// <summary>
    /// media.addFromEntry: the source must be a media entry with an original flavor (or a READY flavor
    /// of sourceFlavorParamsId); name, description, tags and credits are copied when not given.
    /// </summary>
    public static ValueTask<object?> AddFromEntry(ActionContext context)
    {
        var sourceId = context.String("sourceEntryId");
        var source = EntryAccess.Require(context, sourceId, EntryType.MediaClip);
        var flavors = context.FlavorsOf(source.Id).ToList();
        string? path;
        string? extension;
        if (context.Long("sourceFlavorParamsId") is { } paramsId)
        {
            var flavor = flavors.FirstOrDefault(f => f.FlavorParamsId == paramsId && f.Status == FlavorStatus.Ready)
                ?? throw new ApiException("FLAVOR_PARAMS_NOT_FOUND");
            (path, extension) = (flavor.ContentPath, flavor.FileExt);
        }
        else
        {
            var original = flavors.FirstOrDefault(f => f.IsOriginal && f.ContentPath is not null);
            (path, extension) = original is not null ? (original.ContentPath, original.FileExt) : (source.ContentPath, source.ContentExt);
            if (path is null)
            {
                throw new ApiException("ORIGINAL_FLAVOR_ASSET_IS_MISSING");
            }
        }

        return Copy(context, source, path!, extension);
    }

    /// <summary>media.addFromFlavorAsset: a new entry converted from one flavor's file.</summary>
    public static ValueTask<object?> AddFromFlavorAsset(ActionContext context)
    {
        var assetId = context.String("sourceFlavorAssetId");
        var flavor = context.FindAsset(assetId, AssetClasses.Flavor) ?? throw new ApiException("FLAVOR_ASSET_ID_NOT_FOUND", assetId);
        // MediaService::addFromFlavorAssetAction: the flavor's entry must be a media clip, else ENTRY_ID_NOT_FOUND of that entry.
        var source = EntryAccess.Require(context, flavor.EntryId, EntryType.MediaClip);
        if (flavor.ContentPath is null)
        {
            throw new ApiException("ORIGINAL_FLAVOR_ASSET_NOT_CREATED", "the flavor has no file");
        }

        return Copy(context, source, flavor.ContentPath, flavor.FileExt);
    }

    private static ValueTask<object?> Copy(ActionContext context, EntryRecord source, string path, string? extension)
    {
        var input = context.Object("mediaEntry") ?? new WireObject("KalturaMediaEntry");
        foreach (var field in CopiedFields)
        {
            if (!input.HasValue(field) && source.Props.GetValueOrDefault(field) is { } value)
            {
                input[field] = value;
            }
        }

        var entry = EntryFactory.Create(context, input, EntryType.MediaClip, EntryStatus.NoContent);
        entry.MediaType ??= source.MediaType;
        entry.Props["sourceType"] = "6";
        EntryAccess.Store(context, entry);
        context.Runtime.Lifecycle.Attacher.Attach(entry, new ReadyFile(path, "a." + extension, null, Move: false));
        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }
}
