using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>How long a call may take: by chunk size and measured throughput, within bounds.</summary>
public sealed class CallDeadlinesTests
{
    private const long Mebibyte = 1024 * 1024;

    [Fact]
    public void BeforeAnyMeasurementChunksAssumeTheConfiguredThroughput()
    {
        var deadlines = new CallDeadlines(new CallTimeoutOptions());

        Assert.Equal(TimeSpan.FromSeconds(20), deadlines.For(0, finalizing: false, attempt: 1));
        Assert.Equal(TimeSpan.FromSeconds(20), deadlines.For(4 * Mebibyte, finalizing: false, attempt: 1));
        Assert.Equal(TimeSpan.FromSeconds(64), deadlines.For(16 * Mebibyte, finalizing: false, attempt: 1));
    }

    [Fact]
    public void MeasuredThroughputSetsTheChunkDeadline()
    {
        var deadlines = new CallDeadlines(new CallTimeoutOptions());

        deadlines.Observe(8 * Mebibyte, TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(20), deadlines.For(4 * Mebibyte, finalizing: false, attempt: 1));
        Assert.Equal(TimeSpan.FromSeconds(32), deadlines.For(64 * Mebibyte, finalizing: false, attempt: 1));

        // A slower chunk joins the measure: 16 MiB in 4 s.
        deadlines.Observe(8 * Mebibyte, TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(64), deadlines.For(64 * Mebibyte, finalizing: false, attempt: 1));
    }

    [Fact]
    public void OnlyTheLastChunksAreMeasured()
    {
        var deadlines = new CallDeadlines(new CallTimeoutOptions());
        deadlines.Observe(Mebibyte, TimeSpan.FromSeconds(100));
        for (var i = 0; i < CallDeadlines.MeasuredChunks; i++)
        {
            deadlines.Observe(10 * Mebibyte, TimeSpan.FromSeconds(1));
        }

        Assert.Equal(TimeSpan.FromSeconds(20), deadlines.For(16 * Mebibyte, finalizing: false, attempt: 1));
    }

    [Fact]
    public void ClosingCallsGetTheServersFinalChunkWaitAndRetriesDouble()
    {
        var deadlines = new CallDeadlines(new CallTimeoutOptions());

        Assert.Equal(TimeSpan.FromSeconds(65), deadlines.For(0, finalizing: true, attempt: 1));
        Assert.Equal(TimeSpan.FromSeconds(40), deadlines.For(0, finalizing: false, attempt: 2));
        Assert.Equal(TimeSpan.FromSeconds(80), deadlines.For(0, finalizing: false, attempt: 3));
        Assert.Equal(TimeSpan.FromMinutes(10), deadlines.For(0, finalizing: false, attempt: 12));
        Assert.Equal(TimeSpan.FromMinutes(10), deadlines.For(10_000 * Mebibyte, finalizing: false, attempt: 1));
    }

    [Fact]
    public async Task ACallPastItsDeadlineEndsWithATimeoutAndTheCallersCancellationStaysACancellation()
    {
        var clock = new KalturaGen.Simulator.ManualClock();
        var deadlines = new CallDeadlines(new CallTimeoutOptions { Clock = clock });

        var stalled = deadlines.RunAsync("media.add", 0, false, 1, token => Task.Delay(Timeout.Infinite, token).ContinueWith(_ => 1, token), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(stalled.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => stalled);
        Assert.Contains("media.add", timeout.Message);

        using var cancel = new CancellationTokenSource();
        var cancelled = deadlines.RunAsync("media.add", 0, false, 1, token => Task.Delay(Timeout.Infinite, token).ContinueWith(_ => 1, token), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
    }

    [Fact]
    public void OffMeansNoDeadline()
    {
        var deadlines = new CallDeadlines(null);

        Assert.Equal(Timeout.InfiniteTimeSpan, deadlines.For(Mebibyte, finalizing: true, attempt: 1));
    }
}
