using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>What the engine needs to know about an upload token.</summary>
/// <param name="Id">The token id.</param>
/// <param name="Status">The token status, as the generated <see cref="UploadTokenStatus"/>.</param>
/// <param name="FileName">The file name recorded on the token.</param>
/// <param name="FileSize">The declared size, if any.</param>
/// <param name="UploadedFileSize">
/// Contiguous bytes the server holds. Chunks parked beyond a gap are not counted until the gap is filled.
/// </param>
public sealed record UploadTokenInfo(
    string Id,
    UploadTokenStatus Status,
    string? FileName = null,
    long? FileSize = null,
    long? UploadedFileSize = null);
