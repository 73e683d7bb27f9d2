using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>Flavor and attachment assets as KalturaFlavorAsset / KalturaAttachmentAsset.</summary>
internal static class AssetMapper
{
    /// <summary>The wire object: client-set properties, then the server's fields.</summary>
    public static WireObject ToWire(AssetRecord asset)
    {
        var result = new WireObject(asset.ClassName);
        foreach (var (name, value) in asset.Props)
        {
            result[name] = value;
        }

        result["id"] = asset.Id;
        result["entryId"] = asset.EntryId;
        result["partnerId"] = (long)asset.PartnerId;
        result["version"] = (long)asset.Version;
        result["size"] = AssetSize.Reported(asset);
        result["sizeInBytes"] = asset.SizeBytes;
        result["fileExt"] = asset.FileExt ?? asset.Props.GetValueOrDefault("fileExt");
        result["createdAt"] = asset.CreatedAt;
        result["updatedAt"] = asset.UpdatedAt;
        result["deletedAt"] = asset.DeletedAt;
        result["description"] = asset.Props.GetValueOrDefault("description") ?? "";
        result["status"] = (long)asset.Status;
        if (asset.ClassName == AssetClasses.Flavor)
        {
            result["flavorParamsId"] = (long)(asset.FlavorParamsId ?? 0);
            result["width"] = (long)asset.Width;
            result["height"] = (long)asset.Height;
            result["bitrate"] = (long)asset.Bitrate;
            result["frameRate"] = 0d;
            result["isOriginal"] = asset.IsOriginal;
            result["isWeb"] = asset.FileExt is "mp4" or "flv" or "webm" or "m4v";
            result["containerFormat"] = asset.FileExt ?? "";
            result["videoCodecId"] = asset.IsOriginal ? "" : "avc1";
            result["tags"] = asset.Props.GetValueOrDefault("tags") ?? (asset.IsOriginal ? "source" : "mobile,web,mbr");
        }

        return result;
    }
}
