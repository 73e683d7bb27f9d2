using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>An upload token as KalturaUploadToken.</summary>
internal static class UploadTokenMapper
{
    /// <summary>The wire object; uploadedFileSize stays null until the first upload.</summary>
    public static WireObject ToWire(UploadTokenRecord token)
    {
        var result = new WireObject("KalturaUploadToken")
        {
            ["id"] = token.Id,
            ["partnerId"] = (long)token.PartnerId,
            ["userId"] = token.UserId,
            ["status"] = (long)token.Status,
            ["fileName"] = token.FileName,
            ["fileSize"] = token.FileSize,
            ["uploadedFileSize"] = token.UploadedFileSize is { } uploaded ? (double)uploaded : null,
            ["createdAt"] = token.CreatedAt,
            ["updatedAt"] = token.UpdatedAt,
            // Out, autoFinalize is the stored PHP boolean (UploadToken::getAutoFinalize), so false when it was not set:
            // JSON writes true/false, XML 1/0 (KalturaXmlSerializer::serializeByType).
            ["autoFinalize"] = token.AutoFinalize,
            ["attachedObjectType"] = token.AttachedObjectType,
            ["attachedObjectId"] = token.AttachedObjectId,
        };
        return result;
    }
}
