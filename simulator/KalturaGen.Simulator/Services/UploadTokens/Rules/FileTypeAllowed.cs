using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::checkIfFileIsAllowed</c> on a final chunk when the partner has
/// FEATURE_FILE_TYPE_RESTRICTION_PERMISSION: a non-empty file of a type off the list (<see cref="FileTypeRestrictionRule"/>)
/// fails the token and refuses with UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD.
/// </summary>
internal sealed class FileTypeAllowed : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        var token = chunk.RequiredToken;
        if (chunk.FinalChunk && chunk.PartnerRestrictsFileTypes() && chunk.Size > 0 && !FileTypeRestrictionRule.IsAllowed(token.File!.Path))
        {
            chunk.UploadFailed(token);
            throw new ApiException("UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD");
        }
    }
}
