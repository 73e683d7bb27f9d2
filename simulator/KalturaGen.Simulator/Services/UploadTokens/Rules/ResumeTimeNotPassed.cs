using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>UploadTokenService::validateForUpload</c>: a PARTIAL_UPLOAD token idle longer than upload_token_max_resume_time
/// refuses with UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED.
/// </summary>
internal sealed class ResumeTimeNotPassed : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (chunk.RequiredToken.IsPastResumeLimit(chunk.Now))
        {
            throw new ApiException("UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED", UploadTokenRecord.MaxResumeSeconds);
        }
    }
}
