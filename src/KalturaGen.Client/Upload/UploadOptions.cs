namespace KalturaGen.Client.Upload;

/// <summary>How files are uploaded and ingested. The defaults suit most uploads; see docs/upload.md.</summary>
public sealed class UploadOptions
{
    /// <summary>
    /// A fixed chunk size in bytes, or <see langword="null"/> (the default) for adaptive sizing by file size and
    /// measured throughput (<see cref="AdaptiveChunkSizer"/>).
    /// </summary>
    public int? ChunkSize { get; set; }

    /// <summary>How long one chunk should take with adaptive sizing. Default 10 s.</summary>
    public TimeSpan TargetChunkTime { get; set; } = TimeSpan.FromSeconds(10);

    private const int DefaultParallelism = 4;
    private int? _maxParallelism;

    /// <summary>
    /// The most chunk requests in flight at once, which also bounds the chunk buffers held in memory (each upload reads
    /// one more chunk ahead while these are sent). For a batch of files it is one limit shared by all of them. Default 4; left unset, the client's upload entry points
    /// (<see cref="KalturaClientUploadExtensions"/>) use 1 when the service URL is a loopback address: there is no
    /// round trip to hide there, and chunks sent side by side reach the server out of order, where they wait as pending
    /// chunks and are copied into place again, while one chunk at a time is written once, straight into the file.
    /// </summary>
    public int MaxParallelism
    {
        get => _maxParallelism ?? DefaultParallelism;
        set => _maxParallelism = value;
    }

    /// <summary>Create new tokens with autoFinalize (the server closes the upload once fileSize bytes arrived).</summary>
    public bool AutoFinalize { get; set; }

    /// <summary>Retries of one call after a transient failure (HTTP 5xx, timeouts, dropped connections). Default 5.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Where retries and failed uploads are logged (category <c>KalturaGen.Upload</c>); none when null.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The first retry delay; later ones grow exponentially, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest retry delay. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Deadlines per call that follow the chunk size and the measured throughput, so that a stalled response is
    /// abandoned and retried within seconds; <see langword="null"/> leaves only the client's own timeout.
    /// </summary>
    public CallTimeoutOptions? CallTimeouts { get; set; } = new();

    /// <summary>
    /// Where file uploads record their progress so that an interrupted upload continues when run again
    /// (<see langword="null"/>: no checkpoints).
    /// </summary>
    public IUploadCheckpointStore? CheckpointStore { get; set; }

    /// <summary>Create an entry for each uploaded file (default true); false leaves a FULL_UPLOAD token.</summary>
    public bool CreateEntry { get; set; } = true;

    /// <summary>
    /// The type of entry to create: <see cref="Enums.EntryType.MEDIA_CLIP"/>, <see cref="Enums.EntryType.DOCUMENT"/> or
    /// <see cref="Enums.EntryType.DATA"/>; <see langword="null"/> (default) chooses by file extension.
    /// </summary>
    public Enums.EntryType? EntryType { get; set; }

    /// <summary>Wait until each entry is READY (default true).</summary>
    public bool WaitForReady { get; set; } = true;

    /// <summary>
    /// The delays between status polls while waiting for READY; the last one repeats. Default 5 s, 10 s, 30 s.
    /// </summary>
    public IReadOnlyList<TimeSpan> ReadyPollIntervals { get; set; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    /// <summary>How long to wait for READY before giving up. Default 2 hours.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromHours(2);

    internal void Validate()
    {
        if (ChunkSize is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "The chunk size must be at least 1 byte.");
        }

        if (MaxParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelism), MaxParallelism, "MaxParallelism must be at least 1.");
        }

        if (MaxRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts cannot be negative.");
        }

        if (EntryType is { } type)
        {
            UploadEntryTypes.EnsureSupported(type, nameof(EntryType));
        }

        CallTimeouts?.Validate();
        if (ReadyPollIntervals.Count == 0 || ReadyPollIntervals.Any(d => d <= TimeSpan.Zero))
        {
            throw new ArgumentException("ReadyPollIntervals needs at least one positive delay.", nameof(ReadyPollIntervals));
        }
    }

    /// <summary>These options for a service URL: one chunk at a time on loopback unless MaxParallelism was set.</summary>
    internal UploadOptions ForService(Uri? serviceUrl)
    {
        if (_maxParallelism is not null || serviceUrl is not { IsLoopback: true })
        {
            return this;
        }

        var copy = (UploadOptions)MemberwiseClone();
        copy._maxParallelism = 1;
        return copy;
    }

    internal IChunkSizer CreateSizer(long? fileSize) =>
        ChunkSize is { } fixedSize ? new FixedChunkSizer(fixedSize) : new AdaptiveChunkSizer(fileSize, TargetChunkTime);
}
