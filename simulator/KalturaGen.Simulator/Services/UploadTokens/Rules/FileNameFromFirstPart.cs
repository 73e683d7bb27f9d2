namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::uploadFileToToken</c>: a token without a file name takes the part's, and keeps it even when the
/// call fails later.
/// </summary>
internal sealed class FileNameFromFirstPart : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        var token = chunk.RequiredToken;
        if (string.IsNullOrEmpty(token.FileName))
        {
            token.FileName = chunk.Part.Name;
        }
    }
}
