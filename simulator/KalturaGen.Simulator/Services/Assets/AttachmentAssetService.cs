using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>
/// The <c>attachment_attachmentAsset</c> service: files attached to entries. add creates a QUEUED
/// asset; setContent makes it READY (or IMPORTING until a pending token completes); getUrl and
/// serve give the exact stored bytes.
/// </summary>
internal static class AttachmentAssetService
{
    private const string Service = "attachment_attachmentasset";

    /// <summary>
    /// Registers the actions, with the server's <c>@validateUser</c> annotations: <c>entry entryId edit</c>
    /// on add, <c>asset::entry id edit</c> on setContent and update, <c>asset::entry attachmentAssetId
    /// edit</c> on delete.
    /// </summary>
    public static void Map(ActionRegistry registry) => registry
        .Add(Service, "add", Add, ValidateUserRule.Entry())
        .AddSelfLocking(Service, "setContent", EntryAccess.WithPrefetch(SetContent), ValidateUserRule.AssetEntry("id"))
        .Add(Service, "update", Update, ValidateUserRule.AssetEntry("id"))
        .Add(Service, "get", Get)
        .Add(Service, "list", List)
        .Add(Service, "delete", Delete, ValidateUserRule.AssetEntry("attachmentAssetId"))
        .Add(Service, "getUrl", GetUrl)
        .Add(Service, "serve", Serve);

    /// <summary>
    /// attachmentAsset.add (<c>AttachmentAssetService::addAction</c>): a QUEUED asset on a media clip, live stream
    /// or AUTOMATIC entry; data and document entries are ENTRY_ID_NOT_FOUND.
    /// </summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var entry = AssetEntryTypeRule.RequireAttachmentEntry(context, context.String("entryId"));
        var input = context.Object("attachmentAsset")!;
        InsertValidationRule.Check(context.Schema, input);
        var now = context.Now;
        var asset = new AssetRecord
        {
            Id = ContentStore.NewAssetId(context.Runtime),
            Sequence = context.State.NextSequence(),
            EntryId = entry.Id,
            PartnerId = entry.PartnerId,
            ClassName = AssetClasses.Attachment,
            Status = AttachmentStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            FileExt = input.GetString("fileExt"),
        };
        Apply(input, asset);
        context.State.Assets[asset.Id] = asset;
        return ValueTask.FromResult<object?>(AssetMapper.ToWire(asset));
    }

    /// <summary>attachmentAsset.setContent; the asset's entry must still take attachments.</summary>
    public static ValueTask<object?> SetContent(ActionContext context) =>
        ValueTask.FromResult(AssetContent.Set(context, RequireOnEnabledEntry(context, context.String("id")), context.Object("contentResource")!, "attachmentAsset",
            stored => stored.Status = AttachmentStatus.Ready));

    /// <summary>attachmentAsset.update: partial; insert-only and read-only properties must keep their values.</summary>
    public static ValueTask<object?> Update(ActionContext context)
    {
        var asset = RequireOnEnabledEntry(context, context.String("id"));
        var input = context.Object("attachmentAsset")!;
        UpdateValidationRule.Check(context.Schema, input, AssetMapper.ToWire(asset));
        Apply(input, asset);
        asset.UpdatedAt = context.Now;
        return ValueTask.FromResult<object?>(AssetMapper.ToWire(asset));
    }

    /// <summary>attachmentAsset.get.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult<object?>(AssetMapper.ToWire(Require(context, context.String("attachmentAssetId"))));

    /// <summary>attachmentAsset.list.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(AssetListing.List(context, AssetClasses.Attachment, "KalturaAttachmentAssetFilter", "KalturaAttachmentAssetListResponse"));

    /// <summary>attachmentAsset.delete.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        var asset = RequireOnEnabledEntry(context, context.String("attachmentAssetId"));
        asset.Status = AttachmentStatus.Deleted;
        asset.DeletedAt = context.Now;
        asset.UpdatedAt = context.Now;
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>
    /// attachmentAsset.getUrl (<c>AttachmentAssetService::getUrlAction</c>): a URL the simulator serves with the exact
    /// stored bytes; a ready asset whose entry is gone is ENTRY_ID_NOT_FOUND.
    /// </summary>
    public static ValueTask<object?> GetUrl(ActionContext context)
    {
        var asset = RequireReady(context, context.String("id"));
        EntryAccess.Require(context, asset.EntryId);
        return ValueTask.FromResult<object?>(ContentDownloads.UrlFor(context.Origin.BaseUrl, asset));
    }

    /// <summary>
    /// attachmentAsset.serve (<c>AttachmentAssetService::serveAction</c>): the stored bytes, as a download named by the
    /// asset's filename or <c>{entryId}_{assetId}.{fileExt}</c> (<c>txt</c> without an extension), unless
    /// serveOptions.download is false.
    /// </summary>
    public static ValueTask<object?> Serve(ActionContext context)
    {
        var id = context.String("attachmentAssetId");
        var asset = RequireReady(context, id);
        // The server answers ATTACHMENT_ASSET_ID_NOT_FOUND when the entry is gone, so as not to reveal the entry.
        _ = context.FindEntry(asset.EntryId) ?? throw new ApiException("ATTACHMENT_ASSET_ID_NOT_FOUND", id);
        var download = context.Object("serveOptions")?.GetBool("download") ?? true;
        var name = asset.Props.GetValueOrDefault("filename") as string is { Length: > 0 } filename
            ? filename
            : $"{asset.EntryId}_{asset.Id}.{asset.FileExt ?? "txt"}";
        return ValueTask.FromResult<object?>(new FileResult(asset.ContentPath!, MimeTypes.FromExtension(asset.FileExt), download ? name : null));
    }

    private static void Apply(WireObject input, AssetRecord asset)
    {
        foreach (var (name, value) in input.Values)
        {
            if (value is NullField)
            {
                asset.Props.Remove(name);
            }
            else if (value is not null)
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
        context.FindAsset(id, AssetClasses.Attachment) ?? throw new ApiException("ATTACHMENT_ASSET_ID_NOT_FOUND", id);

    // setContent, update and delete also refuse an asset whose entry no longer takes attachments.
    private static AssetRecord RequireOnEnabledEntry(ActionContext context, string? id)
    {
        var asset = Require(context, id);
        return context.FindEntry(asset.EntryId) is { } entry && AssetEntryTypeRule.AcceptsAttachments(entry)
            ? asset
            : throw new ApiException("ENTRY_ID_NOT_FOUND", asset.EntryId);
    }

    private static AssetRecord RequireReady(ActionContext context, string? id)
    {
        var asset = Require(context, id);
        // The server raises it without an argument, so the message reads "N/A".
        return asset.Status == AttachmentStatus.Ready && asset.ContentPath is not null ? asset : throw new ApiException("ATTACHMENT_ASSET_IS_NOT_READY");
    }
}
