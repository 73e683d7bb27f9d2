namespace KalturaGen.Simulator.Admin;

/// <summary>An upload token as the admin API reports it.</summary>
/// <param name="Id">Token id.</param>
/// <param name="PartnerId">Partner.</param>
/// <param name="UserId">Creating user.</param>
/// <param name="Status">Status number (5 = deleted, still listed here).</param>
/// <param name="FileName">File name.</param>
/// <param name="FileSize">Declared size.</param>
/// <param name="UploadedFileSize">Contiguous bytes.</param>
/// <param name="PendingChunkOffsets">Offsets of chunks waiting for a gap to fill.</param>
/// <param name="AttachedObjectType">What the token is attached to.</param>
/// <param name="AttachedObjectId">The attached object's id.</param>
public sealed record TokenSnapshot(
    string Id, int PartnerId, string UserId, int Status, string? FileName, double? FileSize, long? UploadedFileSize,
    IReadOnlyList<long> PendingChunkOffsets, string? AttachedObjectType, string? AttachedObjectId);

/// <summary>An entry as the admin API reports it.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="PartnerId">Partner.</param>
/// <param name="ClassName">API class.</param>
/// <param name="Type">Entry type.</param>
/// <param name="MediaType">Media type.</param>
/// <param name="Status">Status number.</param>
/// <param name="Name">Name.</param>
/// <param name="UserId">Owner.</param>
/// <param name="DisplayInSearch">Display in search.</param>
/// <param name="ReplacementStatus">Replacement status.</param>
/// <param name="ReplacingEntryId">Temp entry replacing this one.</param>
/// <param name="FlavorAssetIds">Flavors that are not deleted.</param>
/// <param name="TransitionDueAt">When the running import/conversion completes (Unix seconds).</param>
/// <param name="ModerationStatus">Moderation status number.</param>
/// <param name="PendingFlags">Moderation flags waiting for a moderator.</param>
public sealed record EntrySnapshot(
    string Id, int PartnerId, string ClassName, int Type, int? MediaType, int Status, string? Name, string UserId,
    int DisplayInSearch, int ReplacementStatus, string? ReplacingEntryId, IReadOnlyList<string> FlavorAssetIds, long? TransitionDueAt,
    int ModerationStatus = 6, int PendingFlags = 0);

/// <summary>An asset as the admin API reports it.</summary>
/// <param name="Id">Asset id.</param>
/// <param name="EntryId">Entry.</param>
/// <param name="ClassName">KalturaFlavorAsset or KalturaAttachmentAsset.</param>
/// <param name="Status">Status number.</param>
/// <param name="IsOriginal">Whether it is the entry's original flavor.</param>
/// <param name="FlavorParamsId">Flavor params.</param>
/// <param name="Size">Content bytes.</param>
/// <param name="Sha256">SHA-256 of the stored bytes, lower-case hex; null without content.</param>
public sealed record AssetSnapshot(string Id, string EntryId, string ClassName, int Status, bool IsOriginal, int? FlavorParamsId, long Size, string? Sha256);
