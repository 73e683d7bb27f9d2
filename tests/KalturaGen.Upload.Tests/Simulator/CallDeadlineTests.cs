using KalturaGen.Client.Upload;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// A response that never comes (the simulator holds the call for an hour) is abandoned at the call's deadline and the
/// call retried. Deadlines run on their own manual clock, moved by the test once the simulator holds the call; retry
/// delays run on the harness's auto-advancing clock.
/// </summary>
public sealed class CallDeadlineTests
{
    private const int Chunk = 64 * 1024;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("uploadToken.upload")]
    [InlineData("uploadToken.add")]
    [InlineData("media.add")]
    [InlineData("media.addContent")]
    [InlineData("baseEntry.get")]
    public async Task StalledCallIsAbandonedAtItsDeadlineAndRetried(string target)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("stall.mp4", TestData.Bytes((6 * Chunk) + 3));
        var deadlines = new ManualClock();
        using var watcher = new RequestWatcher(harness.Simulator.CreateHandler());
        var client = harness.CreateClient(watcher);
        var stall = new FaultRule { Target = target, Kind = FaultKind.Delay, Delay = TimeSpan.FromHours(1), FirstCalls = 1 };
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Simulator.Admin.Faults.Fired += (rule, _, _) =>
        {
            if (rule == stall)
            {
                held.TrySetResult();
            }
        };
        harness.Simulator.Admin.AddFault(stall);
        var options = new UploadOptions { ChunkSize = Chunk, MaxParallelism = 2, CallTimeouts = new CallTimeoutOptions { Clock = deadlines } };
        using var uploader = harness.CreateUploader(options, client);

        var upload = uploader.UploadFileAsync(path);
        await held.Task.WaitAsync(Guard);
        // A 64 KiB chunk, like any call that carries no data, gets the minimum deadline (20 s), not minutes.
        deadlines.Advance(TimeSpan.FromSeconds(20));
        var result = await upload.WaitAsync(Guard);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.True(watcher.Count(target) >= 2, $"{target} was sent {watcher.Count(target)} time(s)");
        Assert.Single(await harness.LiveTokensAsync());
        Assert.Single(await harness.LiveEntriesAsync());
    }
}
