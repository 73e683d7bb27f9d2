using System.Collections.Concurrent;
using System.Diagnostics;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Faults;
using KalturaGen.Upload.Tests.Simulator;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KalturaGen.Upload.Tests.Telemetry;

/// <summary>
/// An upload is a span with a span per chunk attempt under it; bytes, chunks, retries (by reason) and the upload's
/// duration are measured on the "KalturaGen" meter, and retries are logged.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class UploadTelemetryTests : IDisposable
{
    private const int Chunk = 64 * 1024;

    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public UploadTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KalturaTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task RetriedChunksAreCountedByReasonLoggedAndTracedPerAttempt()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("traced.mp4", TestData.Bytes(4 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.HttpError, StatusCode = 503, FirstCalls = 2 });
        using var retries = new MetricCollector<long>(null, KalturaTelemetry.Name, "kaltura.upload.retries");
        using var bytes = new MetricCollector<long>(null, KalturaTelemetry.Name, "kaltura.upload.bytes_sent");
        using var chunks = new MetricCollector<long>(null, KalturaTelemetry.Name, "kaltura.upload.chunks");
        using var durations = new MetricCollector<double>(null, KalturaTelemetry.Name, "kaltura.upload.duration");
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1, LoggerFactory = loggerFactory });

        await uploader.UploadFileAsync(path);

        var retried = retries.GetMeasurementSnapshot();
        Assert.Equal(2, retried.Count);
        Assert.All(retried, r => Assert.Equal("http_503", r.Tags["kaltura.upload.retry.reason"]));
        Assert.Equal(4L * Chunk, bytes.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(4, chunks.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal("completed", Assert.Single(durations.GetMeasurementSnapshot()).Tags["kaltura.upload.outcome"]);

        var retryLogs = logs.Collector.GetSnapshot().Where(l => l.Message.Contains("retrying", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retryLogs.Count);
        Assert.All(retryLogs, l => Assert.Contains("(http_503)", l.Message, StringComparison.Ordinal));

        var upload = Assert.Single(_spans, s => s.DisplayName == "kaltura upload");
        Assert.Equal("traced.mp4", upload.GetTagItem("kaltura.upload.file_name"));
        var attempts = _spans.Where(s => s.DisplayName == "kaltura upload chunk").ToList();
        Assert.All(attempts, a => Assert.Same(upload, a.Parent));
        Assert.Equal(6, attempts.Count);
        Assert.Equal(2, attempts.Count(a => a.Status == ActivityStatusCode.Error));
        Assert.Equal([1, 2, 3], attempts.Where(a => Equals(a.GetTagItem("kaltura.upload.chunk.offset"), 0L)).Select(a => (int)a.GetTagItem("kaltura.upload.chunk.attempt")!).Order());
        Assert.All(attempts, a => Assert.Equal(Chunk, a.GetTagItem("kaltura.upload.chunk.bytes")));
        var uploadCalls = _spans.Where(s => s.DisplayName == "kaltura uploadtoken.upload").ToList();
        Assert.Equal(6, uploadCalls.Count);
        Assert.All(uploadCalls, c => Assert.Contains(c.Parent, attempts));
    }

    [Fact]
    public async Task AFailedUploadIsAnErrorSpanMeasuredAndLogged()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("refused.mp4", TestData.Bytes(2 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.KalturaError, ErrorCode = "UPLOAD_ERROR", FirstCalls = 1 });
        using var durations = new MetricCollector<double>(null, KalturaTelemetry.Name, "kaltura.upload.duration");
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, LoggerFactory = loggerFactory });

        await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Equal("failed", Assert.Single(durations.GetMeasurementSnapshot()).Tags["kaltura.upload.outcome"]);
        var upload = Assert.Single(_spans, s => s.DisplayName == "kaltura upload");
        Assert.Equal(ActivityStatusCode.Error, upload.Status);
        Assert.Equal("UPLOAD_ERROR", upload.GetTagItem(KalturaTelemetry.ErrorTypeTag));
        var failure = Assert.Single(logs.Collector.GetSnapshot(), l => l.Level == LogLevel.Error);
        Assert.Contains("refused.mp4 failed (UPLOAD_ERROR)", failure.Message, StringComparison.Ordinal);
    }
}
