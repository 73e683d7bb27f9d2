using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Sends one chunk with the retry policy, each attempt under its deadline (by the chunk's size and the measured
/// throughput): a fresh counting stream per attempt (so progress shows bytes on the wire), the measured time fed to the
/// chunk sizer, and the acknowledged range recorded.
/// </summary>
internal static class ChunkSender
{
    public static async Task<UploadTokenInfo> SendAsync(
        UploadSession session,
        long offset,
        ReadOnlyMemory<byte> data,
        bool resume,
        bool finalChunk,
        CancellationToken cancellationToken)
    {
        var finalizing = finalChunk || session.Options.AutoFinalize;
        var pipeline = finalizing ? session.FinalPipeline : session.MiddlePipeline;
        var tracker = session.Tracker;
        long onWire = 0;
        var acknowledged = false;
        tracker.ChunkStarted();
        try
        {
            var started = session.Time.GetTimestamp();
            UploadTokenInfo answer;
            try
            {
                var attempt = 0;
                var call = $"uploadToken.upload of bytes {offset}-{offset + data.Length}";
                answer = await pipeline.ExecuteAsync(
                    async token =>
                    {
                        // A retried attempt sends the chunk again from its first byte.
                        tracker.Sent(-Interlocked.Exchange(ref onWire, 0));
                        using var span = UploadTelemetry.StartChunk(offset, data.Length, ++attempt);
                        try
                        {
                            return await session.Deadlines.RunAsync(
                                call,
                                data.Length,
                                finalizing,
                                attempt,
                                async deadlineToken =>
                                {
                                    var content = new CountingReadStream(data, delta =>
                                    {
                                        Interlocked.Add(ref onWire, delta);
                                        tracker.Sent(delta);
                                    });
                                    var request = new ChunkUploadRequest(session.TokenId, content, session.Source.FileName, resume, finalChunk, offset);
                                    return await session.Api.UploadAsync(request, deadlineToken).ConfigureAwait(false);
                                },
                                token).ConfigureAwait(false);
                        }
                        catch (Exception e) when (session.IsTransient(e, finalizing, token))
                        {
                            session.Sizer.ObserveFailure(data.Length);
                            UploadTelemetry.Failed(span, e);
                            throw;
                        }
                        catch (Exception e)
                        {
                            UploadTelemetry.Failed(span, e);
                            throw;
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (finalizing && IsClosingConflict(session, e))
            {
                // An attempt whose answer was lost may have closed the token already; then the refusal means success.
                var completed = await CompletedTokenAsync(session, cancellationToken).ConfigureAwait(false);
                if (completed is null)
                {
                    throw;
                }

                answer = completed;
            }

            session.Sizer.ObserveSuccess(data.Length, session.Time.GetElapsedTime(started));
            acknowledged = true;
            session.CountChunk();
            UploadTelemetry.ChunkAcknowledged(data.Length);
            session.Acknowledged.Add(offset, offset + data.Length);
            return answer;
        }
        finally
        {
            tracker.ChunkFinished(Interlocked.Read(ref onWire), acknowledged ? data.Length : 0);
        }
    }

    private static bool IsClosingConflict(UploadSession session, Exception exception) =>
        session.Length is not null
        && session.Api.ErrorCodeOf(exception) is { } code
        && code != TransientFailureClassifier.CannotMatchExpectedSize;

    /// <summary>The token, if it is FULL_UPLOAD with exactly the source's bytes; otherwise null.</summary>
    private static async Task<UploadTokenInfo?> CompletedTokenAsync(UploadSession session, CancellationToken cancellationToken)
    {
        var token = await session.CallAsync("uploadToken.get", t => session.Api.GetAsync(session.TokenId, t), cancellationToken).ConfigureAwait(false);
        return token.Status == UploadTokenStatus.FULL_UPLOAD && token.UploadedFileSize == session.Length ? token : null;
    }
}
