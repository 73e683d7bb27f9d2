using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::checkIfFileIsValid</c>: a part that did not arrive as a named file refuses with UPLOAD_ERROR; a
/// whole-file upload (resume=false, final) that fails this way also fails the token.
/// </summary>
internal sealed class PartHasFileName : IUploadRule
{
    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        if (chunk.Part.Name.Length > 0)
        {
            return;
        }

        if (!chunk.Resume && chunk.FinalChunk)
        {
            chunk.UploadFailed(chunk.RequiredToken);
        }

        throw new ApiException("UPLOAD_ERROR");
    }
}
