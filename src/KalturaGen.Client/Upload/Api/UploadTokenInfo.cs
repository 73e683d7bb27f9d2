namespace KalturaGen.Client.Upload;

/// <summary>What the engine needs to know about an upload token.</summary>
/// <param name="Id">The token id.</param>
/// <param name="Status">The token status.</param>
/// <param name="FileName">The file name recorded on the token.</param>
/// <param name="FileSize">The declared size, if any.</param>
/// <param name="UploadedFileSize">
/// Contiguous bytes the server holds. Chunks parked beyond a gap are not counted until the gap is filled.
/// </param>
public sealed record UploadTokenInfo(
    string Id,
    UploadTokenState Status,
    string? FileName = null,
    long? FileSize = null,
    long? UploadedFileSize = null);

/// <summary>Kaltura's upload token statuses (KalturaUploadTokenStatus), with the same numeric values.</summary>
public enum UploadTokenState
{
    /// <summary>Created; no data yet.</summary>
    Pending = 0,

    /// <summary>Some data received.</summary>
    PartialUpload = 1,

    /// <summary>All data received (a final chunk succeeded).</summary>
    FullUpload = 2,

    /// <summary>Consumed by an entry.</summary>
    Closed = 3,

    /// <summary>Expired.</summary>
    TimedOut = 4,

    /// <summary>Deleted or failed.</summary>
    Deleted = 5,
}
