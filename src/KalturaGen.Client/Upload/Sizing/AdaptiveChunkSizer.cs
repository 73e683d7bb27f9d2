namespace KalturaGen.Client.Upload;

/// <summary>
/// Chunk sizes that follow the file size and the measured throughput. Bounds follow Kaltura's guidance (2-5 MiB for
/// files under 100 MiB, 10-50 MiB above); within them, each acknowledged chunk sets the next size so that a chunk takes
/// about <see cref="TargetChunkTime"/> (Kaltura's jQuery uploader: next = target / lastTime x size), growing at most
/// twofold per step. A transient failure lowers the ceiling to two thirds of the failed size, as that uploader does.
/// </summary>
public sealed class AdaptiveChunkSizer : IChunkSizer
{
    /// <summary>Files of this size and above use the large-file bounds.</summary>
    public const long LargeFileThreshold = 100L * Mebibyte;

    private const int Mebibyte = 1024 * 1024;

    private readonly Lock _gate = new();
    private int _current;
    private int _ceiling;

    /// <summary>Creates a sizer for a file of <paramref name="fileSize"/> bytes (null: unknown, small-file bounds).</summary>
    /// <param name="fileSize">The source length, if known.</param>
    /// <param name="targetChunkTime">How long one chunk should take to send; default 10 s.</param>
    /// <param name="initialSize">The first chunk size (clamped to the bounds); default the lower bound.</param>
    public AdaptiveChunkSizer(long? fileSize, TimeSpan? targetChunkTime = null, int? initialSize = null)
    {
        var large = fileSize >= LargeFileThreshold;
        MinimumSize = large ? 10 * Mebibyte : 2 * Mebibyte;
        MaximumSize = large ? 50 * Mebibyte : 5 * Mebibyte;
        TargetChunkTime = targetChunkTime ?? TimeSpan.FromSeconds(10);
        if (TargetChunkTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(targetChunkTime), targetChunkTime, "The target chunk time must be positive.");
        }

        _ceiling = MaximumSize;
        _current = Math.Clamp(initialSize ?? MinimumSize, MinimumSize, MaximumSize);
    }

    /// <summary>The smallest chunk this sizer cuts.</summary>
    public int MinimumSize { get; }

    /// <summary>The largest chunk this sizer cuts.</summary>
    public int MaximumSize { get; }

    /// <summary>How long one chunk should take to send.</summary>
    public TimeSpan TargetChunkTime { get; }

    /// <inheritdoc/>
    public int NextSize()
    {
        lock (_gate)
        {
            return _current;
        }
    }

    /// <inheritdoc/>
    public void ObserveSuccess(int bytes, TimeSpan elapsed)
    {
        if (bytes <= 0)
        {
            return;
        }

        lock (_gate)
        {
            // A chunk acknowledged in no measurable time says only "faster than the target": grow by the step limit.
            var proposed = elapsed > TimeSpan.Zero
                ? bytes * (TargetChunkTime / elapsed)
                : double.MaxValue;
            var limited = Math.Min(proposed, 2.0 * _current);
            _current = (int)Math.Clamp(limited, MinimumSize, _ceiling);
        }
    }

    /// <inheritdoc/>
    public void ObserveFailure(int bytes)
    {
        lock (_gate)
        {
            _ceiling = Math.Max(MinimumSize, Math.Min(_ceiling, bytes * 2 / 3));
            _current = Math.Min(_current, _ceiling);
        }
    }
}
