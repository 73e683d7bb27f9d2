using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// Applies one bulk item as the job's caller, through the same code as the API calls the server's engine makes
/// for it (<c>BulkUploadEngineXml::handleItemAdd/Update/Delete</c>): add is media.add plus addContent, update is
/// media.update (plus updateContent when the item has content), delete is baseEntry.delete, each with its
/// ownership check. Everything an item names is checked before its entry is stored, so an item that fails
/// leaves nothing behind. Runs under the state gate.
/// </summary>
internal static class BulkItemProcessor
{
    /// <summary>Applies the item; an API error of the item is thrown as <see cref="ApiException"/>.</summary>
    public static EntryRecord Apply(ActionContext context, BulkItem item) => item.Action switch
    {
        BulkAction.Add => Add(context, item),
        BulkAction.Update => Update(context, item),
        _ => Delete(context, item),
    };

    private static EntryRecord Add(ActionContext context, BulkItem item)
    {
        if ((item.EntryType ?? EntryType.MediaClip) != EntryType.MediaClip)
        {
            throw new ApiException("ENTRY_TYPE_NOT_SUPPORTED", item.EntryType);
        }

        var input = Metadata(item);
        RequiredPropertyRule.Check(input, "mediaType");
        var entry = EntryFactory.Create(context, input, EntryType.MediaClip, EntryStatus.NoContent);
        var content = Resolve(context, item);
        EntryAccess.Store(context, entry);
        if (content is not null)
        {
            entry.Props["sourceType"] = item.Contents.Any(c => c.Url is not null) ? "5" : "1";
            context.Runtime.Lifecycle.Attacher.Attach(entry, content);
        }

        return entry;
    }

    private static EntryRecord Update(ActionContext context, BulkItem item)
    {
        var entry = EntryAccess.Require(context, item.EntryId);
        EntryOwnershipRule.Check(context, ValidateUserRule.Entry());
        var content = Resolve(context, item);
        EntryUpdater.Apply(context, entry, Metadata(item));
        if (content is not null)
        {
            context.Runtime.Lifecycle.Replacement.UpdateContent(context, entry, () => content);
        }

        return entry;
    }

    private static EntryRecord Delete(ActionContext context, BulkItem item)
    {
        var entry = EntryAccess.Require(context, item.EntryId);
        EntryOwnershipRule.Check(context, ValidateUserRule.Entry());
        EntryAccess.Delete(context, entry);
        return entry;
    }

    // Only the fields the item has: an update leaves the others as they are.
    private static WireObject Metadata(BulkItem item)
    {
        var input = new WireObject("KalturaMediaEntry");
        Set(input, "name", item.Name);
        Set(input, "description", item.Description);
        Set(input, "tags", item.Tags);
        Set(input, "referenceId", item.ReferenceId);
        Set(input, "categories", item.Categories);
        if (item.MediaType is { } mediaType && item.Action == BulkAction.Add)
        {
            input["mediaType"] = (long)mediaType;
        }

        return input;
    }

    private static void Set(WireObject input, string name, string? value)
    {
        if (value is not null)
        {
            input[name] = value;
        }
    }

    // The item's contentAssets as the resource the API call would carry: one source file, or one container per flavor.
    private static ContentSource? Resolve(ActionContext context, BulkItem item)
    {
        if (item.Contents.Count == 0)
        {
            return null;
        }

        if (item.Contents is [{ FlavorParamsId: null or FlavorCatalog.SourceId } single])
        {
            return ResourceResolver.Resolve(context, Resource(context, single));
        }

        var containers = item.Contents.Select(c => new WireObject("KalturaAssetParamsResourceContainer")
        {
            ["assetParamsId"] = (long)(c.FlavorParamsId ?? FlavorCatalog.SourceId),
            ["resource"] = Resource(context, c),
        }).ToList();
        var resolved = (MultiFlavor)ResourceResolver.Resolve(context, new WireObject("KalturaAssetsParamsResourceContainers") { ["resources"] = containers });
        // A flavor set is attached at once: each file must be there (a whole uploaded token, a URL that answered).
        var missing = resolved.Flavors.Select(f => f.Content).FirstOrDefault(c => c is not (ReadyFile or UrlImport { File: not null }));
        if (missing is not null)
        {
            throw new ApiException("RESOURCE_TYPE_NOT_SUPPORTED", missing is PendingToken ? "KalturaUploadedFileTokenResource" : "KalturaUrlResource");
        }

        return resolved;
    }

    private static WireObject Resource(ActionContext context, BulkContent content)
    {
        if (content.Url is { } url)
        {
            var resource = new WireObject("KalturaUrlResource") { ["url"] = url };
            context.Prefetched[resource] = content.Fetched;
            return resource;
        }

        return new WireObject("KalturaUploadedFileTokenResource") { ["token"] = content.Token };
    }
}
