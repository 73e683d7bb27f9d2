using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Uploads files and streams to Kaltura upload tokens in chunks: the first chunk alone (resume=false), the rest in
/// parallel by offset, the final chunk once all others are acknowledged; transient failures retried with backoff;
/// resumable after a cancellation, a failure or a process restart; the result verified against the source length.
/// Every upload started on one instance shares its <see cref="UploadOptions.MaxParallelism"/> chunk slots and its
/// throughput measure. A failure that running the upload again cannot continue deletes the token it created.
/// </summary>
public sealed class ChunkedUploader : IDisposable
{
    private readonly IUploadTokenApi _api;
    private readonly UploadOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _slots;
    private readonly RetryingCaller _cleanup;

    /// <summary>Creates an uploader.</summary>
    /// <param name="api">The uploadToken calls (for the generated client: <c>client.UploadToken.AsUploadTokenApi()</c>).</param>
    /// <param name="options">Chunking, parallelism, retry and checkpoint settings.</param>
    /// <param name="timeProvider">The clock for retry delays and rate measurements (default: the system clock).</param>
    public ChunkedUploader(IUploadTokenApi api, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        _api = api;
        _options = options ?? new UploadOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _slots = new SemaphoreSlim(_options.MaxParallelism, _options.MaxParallelism);
        Deadlines = new CallDeadlines(_options.CallTimeouts);
        _cleanup = new RetryingCaller(
            ChunkRetryPipeline.Create(
                _options,
                _timeProvider,
                (e, token) => TransientFailureClassifier.IsTransient(e, api.ErrorCodeOf(e), finalizing: false, token),
                _ => { },
                maxRetryAttempts: Math.Min(2, _options.MaxRetryAttempts)),
            Deadlines);
    }

    /// <summary>Uploads a file to a new token, or continues it from its checkpoint when one matches.</summary>
    public Task<TokenUploadResult> UploadFileAsync(string path, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        UploadAsync(UploadSource.FromFile(path), uploadTokenId: null, progress, cancellationToken);

    /// <summary>Uploads a source to a new token or continues an existing one.</summary>
    /// <param name="source">The file or stream.</param>
    /// <param name="uploadTokenId">
    /// A token to continue (its <c>uploadedFileSize</c> says where), or <see langword="null"/> for a new token (or the
    /// file's checkpoint, when checkpoints are enabled).
    /// </param>
    /// <param name="progress">Receives progress reports.</param>
    /// <param name="cancellationToken">Pauses the upload: in-flight chunks are abandoned, the checkpoint kept.</param>
    /// <exception cref="OperationCanceledException">Cancelled; run again to resume.</exception>
    /// <exception cref="UploadException">The upload cannot go on; the message says why.</exception>
    public Task<TokenUploadResult> UploadAsync(
        UploadSource source,
        string? uploadTokenId = null,
        IProgress<UploadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tracker = new ProgressTracker(source, progress, _timeProvider);
        return UploadAsync(source, uploadTokenId, tracker, keepCheckpoint: false, uploadKey: null, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _slots.Dispose();

    /// <summary>The deadlines of this uploader's calls, with its throughput measure.</summary>
    internal CallDeadlines Deadlines { get; }

    /// <summary>Deletes a token this uploader created for an upload that failed after its token was complete.</summary>
    internal Task DeleteTokenAsync(string tokenId) => Leftovers.DeleteTokenAsync(_api, _cleanup, tokenId, "");

    internal async Task<TokenUploadResult> UploadAsync(
        UploadSource source,
        string? uploadTokenId,
        ProgressTracker tracker,
        bool keepCheckpoint,
        string? uploadKey,
        CancellationToken cancellationToken)
    {
        await using var session = new UploadSession(
            _api, _options, _timeProvider, _slots, Deadlines, source, uploadKey ?? UploadMarkers.NewKey(), tracker);
        using var span = UploadTelemetry.StartUpload(source.FileName);
        var started = _timeProvider.GetTimestamp();
        try
        {
            tracker.SetPhase(UploadPhase.Preparing);
            var token = await TokenOpener.OpenAsync(session, uploadTokenId, cancellationToken).ConfigureAwait(false);
            tracker.Start(token.Id, session.Acknowledged.Total, session.ResumedFromByte);
            var closed = token.Status == UploadTokenStatus.FULL_UPLOAD ? token : await SendAsync(session, token, cancellationToken).ConfigureAwait(false);
            var length = session.Length ?? closed.UploadedFileSize ?? 0;
            UploadFinalizer.Verify(closed, length, source.FileName);
            if (!keepCheckpoint && source.FilePath is not null && _options.CheckpointStore is { } store)
            {
                await store.DeleteAsync(source.FilePath, CancellationToken.None).ConfigureAwait(false);
            }

            UploadTelemetry.Ended(_options, span, source.FileName, _timeProvider.GetElapsedTime(started), null, canceled: false);
            return new TokenUploadResult(token.Id, source.FileName, length, session.Resumed, session.ResumedFromByte, session.ChunksSent, tracker.Retries)
            {
                UploadKey = session.UploadKey,
            };
        }
        catch (Exception e)
        {
            UploadTelemetry.Ended(_options, span, source.FileName, _timeProvider.GetElapsedTime(started), e, cancellationToken.IsCancellationRequested);
            tracker.SetPhase(UploadPhase.Stopped);
            if (session.OwnsToken && !Leftovers.CanResume(e, _api.ErrorCodeOf(e), _options, source, cancellationToken))
            {
                await Leftovers.DeleteTokenAsync(_api, _cleanup, session.TokenId, UploadMarkers.TokenFileName(source.FileName, session.UploadKey)).ConfigureAwait(false);
                if (source.FilePath is not null && _options.CheckpointStore is { } checkpoints)
                {
                    await checkpoints.DeleteAsync(source.FilePath, CancellationToken.None).ConfigureAwait(false);
                }
            }

            throw;
        }
    }

    private static async Task<UploadTokenInfo> SendAsync(UploadSession session, UploadTokenInfo token, CancellationToken cancellationToken)
    {
        if (token.Status == UploadTokenStatus.PENDING && await FirstChunk.SendAsync(session, cancellationToken).ConfigureAwait(false) is { } single)
        {
            return single;
        }

        return await ChunkDispatcher.SendRemainingAsync(session, cancellationToken).ConfigureAwait(false)
            ?? await UploadFinalizer.FinalizeAsync(session, cancellationToken).ConfigureAwait(false);
    }
}
