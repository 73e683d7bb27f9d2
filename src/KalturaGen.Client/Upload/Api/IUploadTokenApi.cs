namespace KalturaGen.Client.Upload;

/// <summary>
/// The uploadToken calls the chunk engine relies on. The engine depends only on this interface, so it can be
/// driven by the generated <c>IUploadTokenService</c> (see <c>KalturaUploadTokenApi</c>) or by any
/// other transport that reproduces Kaltura's chunk semantics.
/// </summary>
public interface IUploadTokenApi
{
    /// <summary>Creates a token (uploadToken.add).</summary>
    /// <param name="fileName">The original file name, recorded on the token (drives the entry's media type).</param>
    /// <param name="fileSize">The declared size, or <see langword="null"/> when the length is unknown.</param>
    /// <param name="autoFinalize">Let the server finalize once <paramref name="fileSize"/> bytes arrived.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<UploadTokenInfo> AddAsync(string fileName, long? fileSize, bool autoFinalize, CancellationToken cancellationToken);

    /// <summary>Reads a token (uploadToken.get): its status and contiguous <c>uploadedFileSize</c>.</summary>
    Task<UploadTokenInfo> GetAsync(string uploadTokenId, CancellationToken cancellationToken);

    /// <summary>
    /// The token recorded with exactly <paramref name="fileName"/> (uploadToken.list with <c>fileNameEqual</c>), or
    /// <see langword="null"/>. The engine gives every token it creates a file name with a unique marker, so that a
    /// create whose answer was lost is found instead of being sent again.
    /// </summary>
    Task<UploadTokenInfo?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken);

    /// <summary>Deletes a token (uploadToken.delete); the engine removes what a failed, unresumable upload created.</summary>
    Task DeleteAsync(string uploadTokenId, CancellationToken cancellationToken);

    /// <summary>Sends one chunk (uploadToken.upload) and returns the token as the server answered it.</summary>
    Task<UploadTokenInfo> UploadAsync(ChunkUploadRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The Kaltura error code carried by an exception this API threw (for example
    /// <c>UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE</c>), or <see langword="null"/> when it is not a Kaltura API error.
    /// The retry policy uses it to tell retryable server answers from client errors.
    /// </summary>
    string? ErrorCodeOf(Exception exception);
}
