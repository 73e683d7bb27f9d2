using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Closes the upload once every data chunk is acknowledged, then verifies that the server holds exactly the source's
/// length. The final chunk is zero bytes at resumeAt = length, so its expected size is the file size; it is retried
/// while the server answers UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE (parked chunks still being appended).
/// </summary>
internal static class UploadFinalizer
{
    public static async Task<UploadTokenInfo> FinalizeAsync(UploadSession session, CancellationToken cancellationToken)
    {
        var length = session.Length ?? throw new InvalidOperationException("The source length is known once every chunk is read.");
        session.Tracker.SetPhase(UploadPhase.Finalizing);
        if (session.Options.AutoFinalize)
        {
            var token = await GetAsync(session, cancellationToken).ConfigureAwait(false);
            if (token.Status == UploadTokenStatus.FULL_UPLOAD)
            {
                return token;
            }
        }

        try
        {
            return await SendEmptyFinalChunkAsync(session, length, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsCannotMatch(session, e) && session.Reader.CanReadBackwards)
        {
            // Every chunk was acknowledged, yet the server still misses bytes (a parked chunk it dropped): send again
            // everything after its contiguous size, once, and close again.
            var token = await GetAsync(session, cancellationToken).ConfigureAwait(false);
            session.Acknowledged = new ByteRangeSet([new ByteRange(0, token.UploadedFileSize ?? 0)]);
            session.Tracker.SetPhase(UploadPhase.Uploading);
            var closed = await ChunkDispatcher.SendRemainingAsync(session, cancellationToken).ConfigureAwait(false);
            session.Tracker.SetPhase(UploadPhase.Finalizing);
            return closed ?? await SendEmptyFinalChunkAsync(session, length, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Throws unless the token is FULL_UPLOAD with exactly <paramref name="length"/> bytes.</summary>
    public static UploadTokenInfo Verify(UploadTokenInfo token, long length, string fileName)
    {
        if (token.Status != UploadTokenStatus.FULL_UPLOAD || token.UploadedFileSize != length)
        {
            throw new UploadVerificationException(
                $"Upload token {token.Id} for '{fileName}' ended {token.Status} with {token.UploadedFileSize?.ToString() ?? "no"} bytes, but the source has {length}; upload the file again.");
        }

        return token;
    }

    private static async Task<UploadTokenInfo> SendEmptyFinalChunkAsync(UploadSession session, long length, CancellationToken cancellationToken)
    {
        await session.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ChunkSender.SendAsync(session, length, ReadOnlyMemory<byte>.Empty, resume: true, finalChunk: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.Slots.Release();
        }
    }

    private static bool IsCannotMatch(UploadSession session, Exception exception) =>
        session.Api.ErrorCodeOf(exception) == TransientFailureClassifier.CannotMatchExpectedSize;

    private static async Task<UploadTokenInfo> GetAsync(UploadSession session, CancellationToken cancellationToken) =>
        await session.CallAsync("uploadToken.get", token => session.Api.GetAsync(session.TokenId, token), cancellationToken).ConfigureAwait(false);
}
