namespace KalturaGen.Client.Upload;

/// <summary>One uploadToken.upload call.</summary>
/// <param name="UploadTokenId">The token.</param>
/// <param name="Content">
/// The chunk bytes. A fresh stream per attempt, positioned at 0; reading it reports bytes sent.
/// </param>
/// <param name="FileName">The part's file name (the original file name, so the server keeps its extension).</param>
/// <param name="Resume"><see langword="false"/> only for the first chunk: it replaces whatever the token holds.</param>
/// <param name="FinalChunk">The chunk that closes the upload; the server then checks the total size.</param>
/// <param name="ResumeAt">The byte offset of this chunk in the file.</param>
public sealed record ChunkUploadRequest(
    string UploadTokenId,
    Stream Content,
    string FileName,
    bool Resume,
    bool FinalChunk,
    long ResumeAt);
