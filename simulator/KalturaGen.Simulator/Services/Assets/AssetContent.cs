using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>
/// setContent for assets (flavors and attachments): a ready file (or fetched URL) is stored at once,
/// a failed URL fetch puts the asset in error (attachments also fail the call with
/// ATTACHMENT_ASSET_DOWNLOAD_FAILED), a pending token leaves it IMPORTING (7) until the upload
/// completes. The asset takes the stored file's extension, as the server's attachFile does.
/// </summary>
internal static class AssetContent
{
    private const int Importing = 7;
    private const int Error = -1;

    /// <summary>Sets the asset's content from the resource; <paramref name="onStored"/> decides what happens next.</summary>
    public static object? Set(ActionContext context, AssetRecord asset, WireObject resource, string attachedObjectType, Action<AssetRecord> onStored)
    {
        switch (ResourceResolver.Resolve(context, resource))
        {
            case ReadyFile file:
                Store(context, asset, file, onStored);
                break;
            case UrlImport { File: { } fetched }:
                Store(context, asset, fetched, onStored);
                break;
            case UrlImport import:
                asset.Status = Error;
                asset.UpdatedAt = context.Now;
                if (attachedObjectType == "attachmentAsset")
                {
                    throw new ApiException("ATTACHMENT_ASSET_DOWNLOAD_FAILED", import.Url);
                }

                break;
            case PendingToken pending:
                asset.Status = Importing;
                pending.Token.AttachedObjectType = attachedObjectType;
                pending.Token.AttachedObjectId = asset.Id;
                break;
            default:
                throw new ApiException("RESOURCE_TYPE_NOT_SUPPORTED", resource.ClassName);
        }

        asset.UpdatedAt = context.Now;
        return AssetMapper.ToWire(asset);
    }

    private static void Store(ActionContext context, AssetRecord asset, ReadyFile file, Action<AssetRecord> onStored)
    {
        var (path, extension, size) = ContentStore.Take(context.Runtime, file);
        ContentAttacher.SetContent(asset, path, extension, size);
        asset.Version++;
        onStored(asset);
    }
}
