namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::uploadFileToToken</c>: an empty, non-final chunk with resumeAt &gt; 0 is dismissed silently;
/// the call answers the token unchanged.
/// </summary>
internal sealed class EmptyChunkDismissed : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (chunk.Part.Size == 0 && !chunk.FinalChunk && chunk.ResumeAt > 0)
        {
            chunk.Dismissed = true;
        }
    }
}
