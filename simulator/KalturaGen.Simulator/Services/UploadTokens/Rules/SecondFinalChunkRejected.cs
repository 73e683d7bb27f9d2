using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::uploadFileToToken</c>'s uploadToken_closure lock: a final chunk that finds the token no longer
/// open (another final chunk closed it while this one moved its bytes) refuses with
/// UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD. The same status test as <see cref="TokenOpenForUpload"/>, at commit.
/// </summary>
internal sealed class SecondFinalChunkRejected : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (chunk.FinalChunk && !TokenOpenForUpload.IsOpen(chunk.RequiredToken))
        {
            throw new ApiException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
        }
    }
}
