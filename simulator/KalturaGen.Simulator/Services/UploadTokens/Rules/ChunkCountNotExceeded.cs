using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>UploadTokenService::validateForUpload</c>: a token in the core-only ERROR status refuses with
/// MAX_ALLOWED_CHUNK_COUNT_EXCEEDED. QUIRK (reproduced): the server only logs its chunk-count limit, so ERROR is never
/// set and the error is unreachable; the check stays for fidelity.
/// </summary>
internal sealed class ChunkCountNotExceeded : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (chunk.RequiredToken.Status == UploadTokenStatus.Error)
        {
            throw new ApiException("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED");
        }
    }
}
