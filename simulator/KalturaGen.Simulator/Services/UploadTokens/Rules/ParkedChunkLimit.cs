using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::handleResume</c>'s chunk limit: a chunk parked beyond the maximum number of pending chunks
/// refuses with MAX_ALLOWED_CHUNK_COUNT_EXCEEDED. QUIRK (not reproduced): the server only logs its limit of 1000 (the
/// <c>return null</c> is commented out); here the chunk is refused and the token stays usable, so a client's
/// out-of-order chunks cannot pile up without bound. A chunk replacing a parked one is always accepted.
/// </summary>
internal static class ParkedChunkLimit
{
    /// <summary>Throws when a chunk at <paramref name="offset"/> may not be parked.</summary>
    public static void Check(ChunkedFile file, long offset, int maxPendingChunks)
    {
        if (!file.IsPending(offset) && file.PendingCount >= maxPendingChunks)
        {
            throw new ApiException("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED");
        }
    }
}
