using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>UploadTokenService::uploadAction</c> (<c>UploadTokenPeer::retrieveByPK</c> under the partner filter): the token
/// must exist, not be deleted, and belong to the caller's partner (and user, for a user KS); else UPLOAD_TOKEN_NOT_FOUND.
/// </summary>
internal sealed class TokenVisibleToCaller : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk) =>
        chunk.Token = chunk.FindToken(chunk.TokenId) ?? throw new ApiException("UPLOAD_TOKEN_NOT_FOUND");
}
