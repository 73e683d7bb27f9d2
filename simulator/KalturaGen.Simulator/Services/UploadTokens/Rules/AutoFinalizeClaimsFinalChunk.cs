using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::handleAutoFinalize</c>: with autoFinalize and resumeAt &gt;= 0, the server counts the bytes;
/// once the declared size is reached, one request (under a 30 s lock) becomes the verified final chunk, expecting the
/// declared size. After 5 attempts the server fails with an unmapped error, which clients see as INTERNAL_SERVERL_ERROR.
/// </summary>
internal sealed class AutoFinalizeClaimsFinalChunk : IUploadRule
{
    /// <summary>How long one claim holds the finalize lock.</summary>
    public const int LockSeconds = 30;

    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        var token = chunk.RequiredToken;
        if (!token.AutoFinalize || !chunk.Resume || chunk.ResumeAt < 0)
        {
            return;
        }

        token.AutoFinalizeCounter += chunk.Part.Size;
        if (token.AutoFinalizeCounter < (token.FileSize ?? 0) || token.AutoFinalizeLockUntil > chunk.Now)
        {
            return;
        }

        token.AutoFinalizeLockUntil = chunk.Now + LockSeconds;
        if (--token.AutoFinalizeRetries <= 0)
        {
            throw new ApiException("INTERNAL_SERVERL_ERROR");
        }

        chunk.FinalChunk = true;
        chunk.Verified = true;
        chunk.Expected = (long)(token.FileSize ?? 0);
    }
}
