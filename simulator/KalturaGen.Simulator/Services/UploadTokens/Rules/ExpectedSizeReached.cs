using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::handleResume</c>'s final-chunk loop: a verified final chunk succeeds once the file holds exactly
/// the expected size; if the wait runs out first, UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE.
/// </summary>
internal static class ExpectedSizeReached
{
    /// <summary>True when the loop is done (the size matches); throws when the wait ran out; false to keep waiting.</summary>
    public static bool Check(long size, long expected, bool waitedLongEnough) =>
        size == expected || (waitedLongEnough ? throw new ApiException("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE") : false);
}
