using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// What a failed upload leaves on the server (docs/upload.md, "What a failed upload leaves"): everything when running
/// the same upload again can continue it; otherwise nothing it created that has no use. Removal is best effort, with
/// its own few retries; the upload's own error is what the caller sees.
/// </summary>
internal static class Leftovers
{
    /// <summary>
    /// Whether the same upload, run again, continues where this one stopped: the caller cancelled (a pause), or a
    /// checkpoint names the token and the failure was transient (a network down, a server failing for a while).
    /// </summary>
    public static bool CanResume(Exception exception, string? errorCode, UploadOptions options, UploadSource source, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
        || (options.CheckpointStore is not null
            && source.FilePath is not null
            && TransientFailureClassifier.IsTransient(exception, errorCode, finalizing: true, cancellationToken));

    /// <summary>
    /// Deletes the token (by id, or by its marked file name when its add's answer never arrived) unless an entry took
    /// it (CLOSED) or it is gone.
    /// </summary>
    public static async Task DeleteTokenAsync(IUploadTokenApi api, RetryingCaller caller, string? tokenId, string markedFileName)
    {
        try
        {
            var token = tokenId is { Length: > 0 }
                ? await caller.RunAsync("uploadToken.get", t => api.GetAsync(tokenId, t), CancellationToken.None).ConfigureAwait(false)
                : await caller.RunAsync("uploadToken.list", t => api.FindByFileNameAsync(markedFileName, t), CancellationToken.None).ConfigureAwait(false);
            if (token is { Status: UploadTokenStatus.PENDING or UploadTokenStatus.PARTIAL_UPLOAD or UploadTokenStatus.FULL_UPLOAD })
            {
                await caller.RunAsync("uploadToken.delete", t => api.DeleteAsync(token.Id, t), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Best effort: a token left behind is named by the upload's error, and a server that cannot be reached now
            // would only delay that error further.
        }
    }

    /// <summary>Deletes the entry while it has no content (NO_CONTENT); an entry with content is the upload's result.</summary>
    /// <returns>Whether no entry of this upload remains (deleted, or none found).</returns>
    public static async Task<bool> DeleteEntryAsync(IEntryApi api, RetryingCaller caller, BaseEntry? known, string referenceId)
    {
        try
        {
            var entry = known is not null
                ? await caller.RunAsync("baseEntry.get", t => api.GetAsync(known, t), CancellationToken.None).ConfigureAwait(false)
                : await caller.RunAsync("baseEntry.listByReferenceId", t => api.FindByReferenceIdAsync(referenceId, t), CancellationToken.None).ConfigureAwait(false);
            if (entry is null)
            {
                return true;
            }

            if (!entry.HasNoContent())
            {
                return false;
            }

            await caller.RunAsync("baseEntry.delete", t => api.DeleteAsync(entry, t), CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (api.ErrorCodeOf(e) == "ENTRY_ID_NOT_FOUND")
        {
            return true;
        }
        catch (Exception)
        {
            // Best effort, as for tokens; the entry stays named by the checkpoint if there is one.
            return false;
        }
    }
}
