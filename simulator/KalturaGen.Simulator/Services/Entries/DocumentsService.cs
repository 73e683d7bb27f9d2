using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// The <c>document_documents</c> service (reference §5.8): document entries are created with
/// baseEntry.add; content becomes the original flavor and is converted; documentType follows the file.
/// </summary>
internal static class DocumentsService
{
    private const string Service = "document_documents";

    /// <summary>
    /// Registers the actions; addContent, updateContent, update and delete carry
    /// <c>@validateUser entry entryId edit</c>, convert (like the server's) checks no owner.
    /// </summary>
    public static void Map(ActionRegistry registry)
    {
        var edit = ValidateUserRule.Entry();
        registry
            .AddSelfLocking(Service, "addContent", EntryAccess.WithPrefetch(AddContent), edit)
            .AddSelfLocking(Service, "updateContent", EntryAccess.WithPrefetch(UpdateContent), edit)
            .Add(Service, "convert", Convert)
            .Add(Service, "get", Get)
            .Add(Service, "update", Update, edit)
            .Add(Service, "delete", Delete, edit)
            .Add(Service, "list", List)
            .Add(Service, "serve", Serve)
            .Add(Service, "serveByFlavorParamsId", ServeByFlavorParamsId);
    }

    /// <summary>documents.addContent: NO_CONTENT document entries only.</summary>
    public static ValueTask<object?> AddContent(ActionContext context) => EntryAccess.AddContent(context, EntryType.Document);

    /// <summary>documents.updateContent: direct for NO_CONTENT, otherwise a replacement.</summary>
    public static ValueTask<object?> UpdateContent(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Document);
        var resource = context.Object("resource")!;
        context.Runtime.Lifecycle.Replacement.UpdateContent(context, entry, () => EntryAccess.Resolve(context, entry, resource));
        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }

    /// <summary>documents.convert: converts the original again; answers a job id.</summary>
    public static ValueTask<object?> Convert(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryAccess.Reconvert(context, EntryAccess.Require(context, context.String("entryId"), EntryType.Document)));

    /// <summary>documents.get.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Require(context, context.String("entryId"), EntryType.Document)));

    /// <summary>documents.update.</summary>
    public static ValueTask<object?> Update(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Document);
        EntryUpdater.Apply(context, entry, context.Object("documentEntry")!);
        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }

    /// <summary>documents.delete: answers null.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        EntryAccess.Delete(context, EntryAccess.Require(context, context.String("entryId"), EntryType.Document));
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>documents.list: forces typeEqual=10.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryListing.List(context, EntryListing.ForceType(context.Object("filter"), "KalturaDocumentEntryFilter", EntryType.Document), context.Object("pager"),
            "KalturaDocumentListResponse", null));

    /// <summary>
    /// documents.serve: a flavor's bytes (the original unless flavorAssetId names another). QUIRK (not
    /// reproduced): the server resets the entry partner filter here; other partners' documents stay unreachable.
    /// </summary>
    public static ValueTask<object?> Serve(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Document);
        var assetId = context.String("flavorAssetId");
        var flavor = assetId is { Length: > 0 }
            ? context.FlavorsOf(entry.Id).FirstOrDefault(f => f.Id == assetId)
            : context.FlavorsOf(entry.Id).FirstOrDefault(f => f.IsOriginal);
        return File(entry, flavor, assetId);
    }

    /// <summary>documents.serveByFlavorParamsId: the bytes of the entry's flavor of those params (the original by default).</summary>
    public static ValueTask<object?> ServeByFlavorParamsId(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Document);
        var paramsId = context.String("flavorParamsId");
        var flavor = paramsId is { Length: > 0 }
            ? context.FlavorsOf(entry.Id).FirstOrDefault(f => (f.FlavorParamsId ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) == paramsId)
            : context.FlavorsOf(entry.Id).FirstOrDefault(f => f.IsOriginal);
        return File(entry, flavor, paramsId);
    }

    // DocumentsService::serveFlavorAsset: a download named "{entry name}.{fileExt}", except for swf files.
    private static ValueTask<object?> File(EntryRecord entry, AssetRecord? flavor, string? requested) =>
        flavor?.ContentPath is { } path
            ? ValueTask.FromResult<object?>(new FileResult(path, MimeTypes.FromExtension(flavor.FileExt), flavor.FileExt == "swf" ? null : $"{entry.Name}.{flavor.FileExt}"))
            : throw new ApiException("FLAVOR_ASSET_ID_NOT_FOUND", requested ?? "");
}
