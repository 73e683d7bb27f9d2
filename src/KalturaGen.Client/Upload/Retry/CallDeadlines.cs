using KalturaGen.Runtime;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The deadline of each call (<see cref="CallTimeoutOptions"/>): by the bytes it carries and the throughput measured
/// over the last <see cref="MeasuredChunks"/> acknowledged chunks (their bytes over their time, so a slow chunk lengthens
/// the next deadlines and a tiny one barely counts). Shared by every upload of one uploader; chunk tasks use it
/// concurrently.
/// </summary>
internal sealed class CallDeadlines(CallTimeoutOptions? options)
{
    /// <summary>How many of the latest acknowledged chunks the throughput is measured over.</summary>
    public const int MeasuredChunks = 8;

    private readonly Lock _gate = new();
    private readonly Queue<(long Bytes, TimeSpan Elapsed)> _recent = new();

    /// <summary>
    /// How long attempt <paramref name="attempt"/> (1 for the first) of a call carrying <paramref name="bytes"/> may
    /// take; <see cref="Timeout.InfiniteTimeSpan"/> when deadlines are off.
    /// </summary>
    public TimeSpan For(long bytes, bool finalizing, int attempt)
    {
        if (options is null)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var seconds = bytes / BytesPerSecond() * options.Factor;
        var transfer = seconds < options.Maximum.TotalSeconds ? TimeSpan.FromSeconds(seconds) : options.Maximum;
        var deadline = transfer > options.Minimum ? transfer : options.Minimum;
        if (finalizing)
        {
            deadline += options.FinalChunkAllowance;
        }

        // A retry after a timeout may simply be a slower link than measured: each attempt gets twice as long.
        for (var i = 1; i < attempt && deadline < options.Maximum; i++)
        {
            deadline *= 2;
        }

        return deadline < options.Maximum ? deadline : options.Maximum;
    }

    /// <summary>An acknowledged chunk of <paramref name="bytes"/> took <paramref name="elapsed"/> (on the deadline clock).</summary>
    public void Observe(long bytes, TimeSpan elapsed)
    {
        if (bytes <= 0 || elapsed <= TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            _recent.Enqueue((bytes, elapsed));
            if (_recent.Count > MeasuredChunks)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>
    /// Runs one attempt of a call under its deadline. Past it, the attempt is cancelled and ends with a
    /// <see cref="TimeoutException"/> (retried as transient); the caller's own cancellation stays a cancellation.
    /// A successful call carrying bytes adds to the throughput measure. The attempt runs in a
    /// <see cref="KalturaRetryScope"/>: a Kaltura resilience handler on the HttpClient leaves its retries and deadline to
    /// the engine, so the two never stack.
    /// </summary>
    public async Task<T> RunAsync<T>(
        string call,
        long bytes,
        bool finalizing,
        int attempt,
        Func<CancellationToken, Task<T>> send,
        CancellationToken cancellationToken)
    {
        using var engineOwned = KalturaRetryScope.CallerOwnsRetries();
        if (options is null)
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }

        var deadline = For(bytes, finalizing, attempt);
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        using var timer = new CancellationTokenSource(deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        T result;
        try
        {
            result = await send(linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{call} got no answer within its deadline of {deadline:g}; it is retried.", e);
        }

        Observe(bytes, clock.GetElapsedTime(started));
        return result;
    }

    private double BytesPerSecond()
    {
        lock (_gate)
        {
            var bytes = 0L;
            var seconds = 0.0;
            foreach (var (chunkBytes, elapsed) in _recent)
            {
                bytes += chunkBytes;
                seconds += elapsed.TotalSeconds;
            }

            return bytes > 0 ? bytes / seconds : options!.AssumedBytesPerSecond;
        }
    }
}
