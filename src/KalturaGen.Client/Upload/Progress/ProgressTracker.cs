namespace KalturaGen.Client.Upload;

/// <summary>
/// Counts the bytes of one upload and turns them into <see cref="UploadProgress"/> reports. Chunk tasks update it
/// concurrently; reports are made under its lock so that a consumer sees them in order.
/// </summary>
internal sealed class ProgressTracker(UploadSource source, IProgress<UploadProgress>? sink, TimeProvider timeProvider)
{
    private static readonly TimeSpan ByteReportInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly long _startTimestamp = timeProvider.GetTimestamp();
    private long _lastByteReport = timeProvider.GetTimestamp();
    private long? _sendingEnded;
    private UploadPhase _phase = UploadPhase.Preparing;
    private long _acknowledged;
    private long _inFlightSent;
    private long _sentThisRun;
    private long _resumedFrom;
    private int _retries;
    private int _inFlight;
    private string? _tokenId;
    private string? _entryId;

    public long? TotalBytes { get; private set; } = source.Length;

    public int Retries
    {
        get
        {
            lock (_gate)
            {
                return _retries;
            }
        }
    }

    public void Start(string tokenId, long alreadyAcknowledged, long resumedFrom) => Update(() =>
    {
        _tokenId = tokenId;
        _acknowledged = alreadyAcknowledged;
        _resumedFrom = resumedFrom;
        _phase = UploadPhase.Uploading;
    });

    public void SetPhase(UploadPhase phase) => Update(() =>
    {
        _phase = phase;

        // The rate is the rate of sending: time spent on the entry afterwards does not dilute it.
        if (phase is not (UploadPhase.Preparing or UploadPhase.Uploading or UploadPhase.Finalizing))
        {
            _sendingEnded ??= timeProvider.GetTimestamp();
        }
    });

    public void SetEntry(string entryId) => Update(() => _entryId = entryId);

    public void SetTotal(long total) => Update(() => TotalBytes = total);

    public void ChunkStarted() => Update(() => _inFlight++);

    /// <summary>Bytes of an in-flight chunk were written to the connection (or, negative, discarded for a retry).</summary>
    public void Sent(long delta)
    {
        lock (_gate)
        {
            _inFlightSent += delta;
            _sentThisRun += Math.Max(delta, 0);
            var now = timeProvider.GetTimestamp();
            if (timeProvider.GetElapsedTime(_lastByteReport, now) >= ByteReportInterval)
            {
                _lastByteReport = now;
                Report();
            }
        }
    }

    public void Retried() => Update(() => _retries++);

    /// <summary>A chunk finished: <paramref name="sentOnWire"/> in-flight bytes become <paramref name="acknowledged"/> bytes.</summary>
    public void ChunkFinished(long sentOnWire, long acknowledged) => Update(() =>
    {
        _inFlight--;
        _inFlightSent -= sentOnWire;
        _acknowledged += acknowledged;
    });

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
            Report();
        }
    }

    private void Report()
    {
        if (sink is null)
        {
            return;
        }

        var elapsed = timeProvider.GetElapsedTime(_startTimestamp, _sendingEnded ?? timeProvider.GetTimestamp());
        var rate = elapsed > TimeSpan.Zero ? _sentThisRun / elapsed.TotalSeconds : 0;
        var sent = _acknowledged + _inFlightSent;
        TimeSpan? eta = TotalBytes is { } total && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, total - sent) / rate) : null;
        sink.Report(new UploadProgress(
            source.FileName, source.FilePath, _phase, TotalBytes, sent, _acknowledged, _resumedFrom, rate, eta, _retries, _inFlight, _tokenId, _entryId));
    }
}
