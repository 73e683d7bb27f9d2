using Polly;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The state of one run of one source's upload: the token, the acknowledged byte ranges, the chunk sizer, the
/// progress counters and the checkpoint. The phases (open, first chunk, middle chunks, final chunk) act on it.
/// </summary>
internal sealed class UploadSession : IAsyncDisposable
{
    private readonly SemaphoreSlim _checkpointGate = new(1, 1);
    private int _chunksSent;

    public UploadSession(
        IUploadTokenApi api,
        UploadOptions options,
        TimeProvider timeProvider,
        SemaphoreSlim slots,
        CallDeadlines deadlines,
        UploadSource source,
        string uploadKey,
        ProgressTracker tracker)
    {
        Api = api;
        Options = options;
        Time = timeProvider;
        Slots = slots;
        Deadlines = deadlines;
        Source = source;
        UploadKey = uploadKey;
        Tracker = tracker;
        Length = source.Length;
        Reader = source.OpenReader();
        Sizer = options.CreateSizer(source.Length);
        MiddlePipeline = CreatePipeline(finalizing: options.AutoFinalize);
        FinalPipeline = CreatePipeline(finalizing: true);
        Calls = new RetryingCaller(MiddlePipeline, deadlines);
    }

    public IUploadTokenApi Api { get; }

    public UploadOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>The chunk slots shared by every upload of one uploader: at most MaxParallelism chunks in flight.</summary>
    public SemaphoreSlim Slots { get; }

    public UploadSource Source { get; }

    public IChunkReader Reader { get; }

    public ProgressTracker Tracker { get; }

    public IChunkSizer Sizer { get; set; }

    public CallDeadlines Deadlines { get; }

    /// <summary>This upload's marker (<see cref="UploadMarkers"/>), kept in its checkpoint.</summary>
    public string UploadKey { get; set; }

    /// <summary>
    /// The token was created by this upload (in this run or one its checkpoint continues), not given by the caller:
    /// a failure that cannot be resumed deletes it.
    /// </summary>
    public bool OwnsToken { get; set; }

    public ByteRangeSet Acknowledged { get; set; } = new();

    /// <summary>The source length; for a stream of unknown length, set once its end is read.</summary>
    public long? Length { get; private set; }

    public string TokenId { get; set; } = "";

    public bool Resumed { get; set; }

    public long ResumedFromByte { get; set; }

    public ResiliencePipeline MiddlePipeline { get; }

    public ResiliencePipeline FinalPipeline { get; }

    /// <summary>Calls that cannot close the upload, with retries and deadlines.</summary>
    public RetryingCaller Calls { get; }

    public int ChunksSent => Volatile.Read(ref _chunksSent);

    public void CountChunk() => Interlocked.Increment(ref _chunksSent);

    public void EndOfSourceAt(long length)
    {
        if (Length is { } known && known != length)
        {
            throw new UploadException(
                $"'{Source.FileName}' ended at byte {length} but was {known} bytes long when the upload started; it changed while being uploaded.");
        }

        Length = length;
        Tracker.SetTotal(length);
    }

    public bool IsTransient(Exception exception, bool finalizing, CancellationToken token) =>
        TransientFailureClassifier.IsTransient(exception, Api.ErrorCodeOf(exception), finalizing, token);

    /// <summary>A call to the token API with the retry policy for non-final calls, under its deadline.</summary>
    public Task<UploadTokenInfo> CallAsync(string call, Func<CancellationToken, Task<UploadTokenInfo>> send, CancellationToken cancellationToken) =>
        Calls.RunAsync(call, send, cancellationToken);

    /// <summary>The entry an earlier run created for this file (kept in every checkpoint written).</summary>
    public (string Id, Enums.EntryType Type)? Entry { get; set; }

    public async Task SaveCheckpointAsync()
    {
        if (Options.CheckpointStore is not { } store || Source.FilePath is null || Length is null)
        {
            return;
        }

        await _checkpointGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Written even while cancelling: the checkpoint is what makes the cancelled upload resumable.
            await store.SaveAsync(
                new UploadCheckpoint
                {
                    UploadTokenId = TokenId,
                    FilePath = Source.FilePath,
                    FileSize = Length.Value,
                    LastWriteTimeUtc = Source.LastWriteTimeUtc ?? default,
                    ChunkSize = Sizer.NextSize(),
                    Acknowledged = [.. Acknowledged.Ranges],
                    UploadKey = UploadKey,
                    EntryId = Entry?.Id,
                    EntryType = Entry?.Type,
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _checkpointGate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _checkpointGate.Dispose();
        return Reader.DisposeAsync();
    }

    private ResiliencePipeline CreatePipeline(bool finalizing) =>
        ChunkRetryPipeline.Create(
            Options,
            Time,
            (e, token) => IsTransient(e, finalizing, token),
            _ => Tracker.Retried());
}
