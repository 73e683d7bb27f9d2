using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>
/// The <c>size</c> an asset reports, per asset type as the server stores it. Attachments hold the file's size in
/// bytes (<c>AttachmentAssetService::attachFile</c> sets <c>kFile::fileSize</c>). Flavors report kilobytes, the
/// unit of <c>KalturaAsset::$size</c> that the flavor's media info fills in after conversion; <c>sizeInBytes</c>
/// carries the exact byte count for both.
/// </summary>
internal static class AssetSize
{
    /// <summary>The value of the asset's <c>size</c> property.</summary>
    public static long Reported(AssetRecord asset) =>
        asset.ClassName == AssetClasses.Attachment ? asset.SizeBytes : (asset.SizeBytes + 1023) / 1024;
}
