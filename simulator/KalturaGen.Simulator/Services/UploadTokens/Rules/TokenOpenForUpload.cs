using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>UploadTokenService::validateForUpload</c>: only a PENDING or PARTIAL_UPLOAD token takes bytes; any other status
/// refuses with UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD.
/// </summary>
internal sealed class TokenOpenForUpload : IUploadRule
{
    /// <summary>Whether the token still takes bytes (PENDING or PARTIAL_UPLOAD).</summary>
    public static bool IsOpen(UploadTokenRecord token) =>
        token.Status is UploadTokenStatus.Pending or UploadTokenStatus.PartialUpload;

    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (!IsOpen(chunk.RequiredToken))
        {
            throw new ApiException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
        }
    }
}
