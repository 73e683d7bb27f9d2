using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::handleResume</c>: resume=true needs the token's file to exist; else UPLOAD_TOKEN_CANNOT_RESUME.
/// Checked under the file's lock, as the bytes are about to move.
/// </summary>
internal static class ResumeNeedsFile
{
    /// <summary>Throws unless the file exists.</summary>
    public static void Check(ChunkedFile file)
    {
        if (!file.Exists)
        {
            throw new ApiException("UPLOAD_TOKEN_CANNOT_RESUME");
        }
    }
}
