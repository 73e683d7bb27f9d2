namespace KalturaGen.Client.Upload;

/// <summary>A source uploaded to a token that is now FULL_UPLOAD with exactly the source's bytes.</summary>
/// <param name="UploadTokenId">The token, ready for addContent with a <c>KalturaUploadedFileTokenResource</c>.</param>
/// <param name="FileName">The name recorded on the token.</param>
/// <param name="Length">The bytes the server holds (verified equal to the source length).</param>
/// <param name="Resumed">Whether this run continued a token that already held bytes.</param>
/// <param name="ResumedFromByte">The first byte this run had to send (0 for a new upload).</param>
/// <param name="ChunksSent">Chunk requests that succeeded in this run.</param>
/// <param name="Retries">Calls retried in this run.</param>
public sealed record TokenUploadResult(
    string UploadTokenId,
    string FileName,
    long Length,
    bool Resumed,
    long ResumedFromByte,
    int ChunksSent,
    int Retries)
{
    /// <summary>The upload's marker, which its entry's referenceId carries too.</summary>
    internal string? UploadKey { get; init; }
}
