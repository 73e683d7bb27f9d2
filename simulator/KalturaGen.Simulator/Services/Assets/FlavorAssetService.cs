using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>The <c>flavorAsset</c> service: renditions of media entries, their content and download URLs.</summary>
internal static class FlavorAssetService
{
    private const string Service = "flavorasset";

    /// <summary>
    /// Registers the actions, with the server's <c>@validateUser</c> annotations: <c>entry entryId edit</c>
    /// on add and convert, <c>asset::entry id edit</c> on setContent, reconvert and delete. QUIRK (not
    /// reproduced): setAsSource is annotated <c>entry entryId edit</c> on the server although it has no
    /// entryId parameter, so there the check never runs; here the asset's entry is checked, as intended.
    /// </summary>
    public static void Map(ActionRegistry registry) => registry
        .Add(Service, "list", List)
        .Add(Service, "get", Get)
        .Add(Service, "add", Add, ValidateUserRule.Entry())
        .AddSelfLocking(Service, "setContent", EntryAccess.WithPrefetch(SetContent), ValidateUserRule.AssetEntry("id"))
        .Add(Service, "convert", Convert, ValidateUserRule.Entry())
        .Add(Service, "reconvert", Reconvert, ValidateUserRule.AssetEntry("id"))
        .Add(Service, "getUrl", GetUrl)
        .Add(Service, "export", Export)
        .Add(Service, "setAsSource", SetAsSource, ValidateUserRule.AssetEntry("assetId"))
        .Add(Service, "delete", Delete, ValidateUserRule.AssetEntry("id"))
        .Add(Service, "getFlavorAssetsWithParams", GetFlavorAssetsWithParams);

    /// <summary>flavorAsset.list.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(AssetListing.List(context, AssetClasses.Flavor, "KalturaFlavorAssetFilter", "KalturaFlavorAssetListResponse"));

    /// <summary>flavorAsset.get.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult<object?>(AssetMapper.ToWire(Require(context, context.String("id"))));

    /// <summary>
    /// flavorAsset.add (<c>FlavorAssetService::addAction</c>): a QUEUED flavor without content on a video or audio
    /// media clip (any other entry is ENTRY_ID_NOT_FOUND). Flavor params the partner does not know are accepted: the
    /// server looks them up only to pick the asset type and the source tag, so the flavor is queued like any other.
    /// A flavorParamsId already used by a flavor of the entry is FLAVOR_ASSET_ALREADY_EXISTS.
    /// </summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var entry = AssetEntryTypeRule.RequireFlavorEntry(context, context.String("entryId"));
        var input = context.Object("flavorAsset")!;
        InsertValidationRule.Check(context.Schema, input);
        var paramsId = input.GetLong("flavorParamsId");
        if (paramsId is { } requested && context.FlavorsOf(entry.Id).FirstOrDefault(f => f.FlavorParamsId == requested) is { } existing)
        {
            throw new ApiException("FLAVOR_ASSET_ALREADY_EXISTS", existing.Id, requested);
        }

        var isSource = paramsId is { } known && FlavorCatalog.Find(known) is { } flavorParams && flavorParams.HasTag("source");
        var asset = ContentStore.NewFlavor(context.Runtime, entry, (int)(paramsId ?? 0), isSource, FlavorStatus.Queued);
        CopyProps(input, asset);
        return ValueTask.FromResult<object?>(AssetMapper.ToWire(asset));
    }

    /// <summary>
    /// flavorAsset.setContent: a ready file makes the flavor READY (an original starts the entry's
    /// conversion); a pending token leaves it IMPORTING until the upload completes.
    /// </summary>
    public static ValueTask<object?> SetContent(ActionContext context)
    {
        var asset = Require(context, context.String("id"));
        var entry = EntryAccess.Require(context, asset.EntryId);
        return ValueTask.FromResult(AssetContent.Set(context, asset, context.Object("contentResource")!, "flavorAsset", stored => CompleteContent(context, entry, stored)));
    }

    /// <summary>
    /// flavorAsset.convert (<c>FlavorAssetService::convertAction</c>): (re)creates the flavor of the params from the
    /// original. Unknown params are FLAVOR_PARAMS_ID_NOT_FOUND, an entry that is not READY, PRECONVERT or
    /// ERROR_CONVERTING is INVALID_ENTRY_STATUS, a missing or unready original is ORIGINAL_FLAVOR_ASSET_IS_MISSING.
    /// </summary>
    public static ValueTask<object?> Convert(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"));
        StartConversion(context, entry, context.Long("flavorParamsId") ?? 0);
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>
    /// flavorAsset.reconvert (<c>FlavorAssetService::reconvertAction</c>): not for the original; otherwise the
    /// convert of the flavor's entry and params, with convert's checks.
    /// </summary>
    public static ValueTask<object?> Reconvert(ActionContext context)
    {
        var asset = Require(context, context.String("id"));
        if (asset.IsOriginal)
        {
            throw new ApiException("FLAVOR_ASSET_RECONVERT_ORIGINAL");
        }

        var entry = EntryAccess.Require(context, asset.EntryId);
        StartConversion(context, entry, asset.FlavorParamsId ?? 0);
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>
    /// flavorAsset.getUrl (<c>FlavorAssetService::getUrlAction</c>): a download URL the simulator serves with the exact
    /// stored bytes; FLAVOR_ASSET_IS_NOT_READY before READY, ENTRY_ID_NOT_FOUND when the entry is gone.
    /// </summary>
    public static ValueTask<object?> GetUrl(ActionContext context)
    {
        var asset = Require(context, context.String("id"));
        if (asset.Status != FlavorStatus.Ready || asset.ContentPath is null)
        {
            throw new ApiException("FLAVOR_ASSET_IS_NOT_READY");
        }

        EntryAccess.Require(context, asset.EntryId);
        return ValueTask.FromResult<object?>(ContentDownloads.UrlFor(context.Origin.BaseUrl, asset));
    }

    /// <summary>
    /// flavorAsset.export (<c>KalturaAssetService::exportAction</c>): an unknown asset is INVALID_FLAVOR_ASSET_ID; the
    /// simulator has no remote storage profiles, so a known one is STORAGE_PROFILE_ID_NOT_FOUND.
    /// </summary>
    public static ValueTask<object?> Export(ActionContext context)
    {
        var assetId = context.String("assetId");
        _ = context.FindAnyAsset(assetId) ?? throw new ApiException("INVALID_FLAVOR_ASSET_ID", assetId);
        throw new ApiException("STORAGE_PROFILE_ID_NOT_FOUND", context.Long("storageProfileId"));
    }

    /// <summary>
    /// flavorAsset.setAsSource (<c>FlavorAssetService::setAsSourceAction</c>): the asset (looked up among all the
    /// partner's assets, so an unknown id is ASSET_ID_NOT_FOUND) becomes its entry's original; already original, nothing changes.
    /// </summary>
    public static ValueTask<object?> SetAsSource(ActionContext context)
    {
        var id = context.String("assetId");
        var asset = context.FindAnyAsset(id) ?? throw new ApiException("ASSET_ID_NOT_FOUND", id);
        if (asset.IsOriginal)
        {
            return ValueTask.FromResult<object?>(null);
        }

        foreach (var original in context.FlavorsOf(asset.EntryId).Where(f => f.IsOriginal))
        {
            original.IsOriginal = false;
            original.UpdatedAt = context.Now;
        }

        asset.IsOriginal = true;
        asset.UpdatedAt = context.Now;
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>flavorAsset.delete (<c>FlavorAssetService::deleteAction</c>): status DELETED; the flavor's entry must exist.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        var asset = Require(context, context.String("id"));
        EntryAccess.Require(context, asset.EntryId);
        asset.Status = FlavorStatus.Deleted;
        asset.DeletedAt = context.Now;
        asset.UpdatedAt = context.Now;
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>flavorAsset.getFlavorAssetsWithParams: every flavor params of the profile with the entry's flavor of it, plus flavors without params.</summary>
    public static ValueTask<object?> GetFlavorAssetsWithParams(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"));
        var flavors = context.FlavorsOf(entry.Id).ToList();
        var result = FlavorCatalog.All.Select(p => new WireObject("KalturaFlavorAssetWithParams")
        {
            ["flavorAsset"] = flavors.FirstOrDefault(f => f.FlavorParamsId == p.Id) is { } flavor ? AssetMapper.ToWire(flavor) : null,
            ["flavorParams"] = FlavorCatalog.ToWire(p, entry.PartnerId),
            ["entryId"] = entry.Id,
        }).ToList();
        result.AddRange(flavors.Where(f => FlavorCatalog.Find(f.FlavorParamsId ?? -1) is null).Select(f => new WireObject("KalturaFlavorAssetWithParams")
        {
            ["flavorAsset"] = AssetMapper.ToWire(f),
            ["entryId"] = entry.Id,
        }));
        return ValueTask.FromResult<object?>(result);
    }

    private static void StartConversion(ActionContext context, EntryRecord entry, long paramsId)
    {
        if (FlavorCatalog.Find(paramsId) is null)
        {
            throw new ApiException("FLAVOR_PARAMS_ID_NOT_FOUND", paramsId);
        }

        if (entry.Status is not (EntryStatus.ErrorConverting or EntryStatus.Preconvert or EntryStatus.Ready))
        {
            throw new ApiException("INVALID_ENTRY_STATUS");
        }

        var original = context.FlavorsOf(entry.Id).FirstOrDefault(f => f.IsOriginal && f.Status == FlavorStatus.Ready && f.ContentPath is not null)
            ?? throw new ApiException("ORIGINAL_FLAVOR_ASSET_IS_MISSING");
        // kBatchManager reuses the entry's flavor of these params (a new version of it) or creates one.
        var flavor = context.FlavorsOf(entry.Id).FirstOrDefault(f => f.FlavorParamsId == paramsId && !f.IsOriginal);
        if (flavor is null)
        {
            flavor = ContentStore.NewFlavor(context.Runtime, entry, (int)paramsId, isOriginal: false, FlavorStatus.Converting);
        }
        else
        {
            flavor.Status = FlavorStatus.Converting;
            flavor.Version++;
            flavor.UpdatedAt = context.Now;
        }

        ContentAttacher.SetContent(flavor, original.ContentPath!, original.FileExt ?? "", original.SizeBytes);
        flavor.ReadyDueAt = context.Now + (long)context.Runtime.Options.ConversionTime.TotalSeconds;
    }

    private static void CompleteContent(ActionContext context, EntryRecord entry, AssetRecord asset)
    {
        if (asset.IsOriginal && entry.Type is EntryType.MediaClip or EntryType.Document && entry.MediaType != MediaType.Image)
        {
            asset.Status = FlavorStatus.Queued;
            context.Runtime.Lifecycle.StartConversion(entry, context.Now);
            return;
        }

        asset.Status = FlavorStatus.Ready;
        if (entry.Status == EntryStatus.NoContent)
        {
            entry.Status = EntryStatus.Ready;
            entry.UpdatedAt = context.Now;
        }
    }

    private static void CopyProps(WireObject input, AssetRecord asset)
    {
        foreach (var (name, value) in input.Values)
        {
            if (value is not null and not NullField && name is not "flavorParamsId")
            {
                asset.Props[name] = value;
            }
        }

        if (input.GetString("fileExt") is { } extension)
        {
            asset.FileExt = extension;
        }
    }

    private static AssetRecord Require(ActionContext context, string? id) =>
        context.FindAsset(id, AssetClasses.Flavor) ?? throw new ApiException("FLAVOR_ASSET_ID_NOT_FOUND", id);
}
