using BenchmarkDotNet.Attributes;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Benchmarks.Reporting;
using KalturaGen.Client;
using KalturaGen.Client.Upload;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// Upload engine throughput against the in-process simulator: one 64 MiB generated file to a FULL_UPLOAD token,
/// by the engine at 1, 4 and 8 chunks in flight with fixed 4 MiB chunks or adaptive sizes, versus the sequential
/// sample-style baseline with the same 4 MiB chunks. With no latency the run is bound by CPU and disk (2 cores run
/// client and server); with a 20 ms round trip per request (<see cref="LatencyHandler"/>) it shows what parallel
/// chunks are for. The last upload of each benchmark is checked by SHA-256.
/// </summary>
[MemoryDiagnoser]
[BytesPerOperation(FileSize)]
public class UploadThroughputBenchmarks
{
    /// <summary>The file size.</summary>
    public const int FileSize = 64 * 1024 * 1024;

    /// <summary>The baseline's and the fixed engine's chunk size.</summary>
    public const int ChunkSize = 4 * 1024 * 1024;

    private BenchSimulator _simulator = null!;
    private KalturaClient _client = null!;
    private SampleFile _file = null!;
    private string? _lastToken;

    /// <summary>The simulated round trip added to every request, in milliseconds.</summary>
    [Params(0, 20)]
    public int LatencyMs { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = await SampleFile.CreateAsync(FileSize);
        _simulator = await BenchSimulator.StartAsync();
        _client = _simulator.CreateClient(TimeSpan.FromMilliseconds(LatencyMs));
    }

    // BenchmarkDotNet 0.14 runs iteration setup synchronously only (a Task-returning one does not compile).
    [IterationSetup]
    public void ResetSimulator() => _simulator.ResetAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public Task CleanupAsync() => _simulator.VerifyLastUploadAndStopAsync(_lastToken, _file);

    [Benchmark(Baseline = true, Description = "Sample: sequential, 4 MiB")]
    public async Task SequentialSample() => _lastToken = await SequentialSampleUploader.UploadAsync(_client, _file.Path, ChunkSize);

    [Benchmark(Description = "Engine P=1, fixed 4 MiB")]
    public Task EngineP1Fixed() => EngineAsync(1, ChunkSize);

    [Benchmark(Description = "Engine P=4, fixed 4 MiB")]
    public Task EngineP4Fixed() => EngineAsync(4, ChunkSize);

    [Benchmark(Description = "Engine P=8, fixed 4 MiB")]
    public Task EngineP8Fixed() => EngineAsync(8, ChunkSize);

    [Benchmark(Description = "Engine P=1, adaptive")]
    public Task EngineP1Adaptive() => EngineAsync(1, null);

    [Benchmark(Description = "Engine P=4, adaptive")]
    public Task EngineP4Adaptive() => EngineAsync(4, null);

    [Benchmark(Description = "Engine P=8, adaptive")]
    public Task EngineP8Adaptive() => EngineAsync(8, null);

    private async Task EngineAsync(int parallelism, int? chunkSize)
    {
        var options = new UploadOptions { MaxParallelism = parallelism, ChunkSize = chunkSize };
        using var uploader = _client.CreateChunkedUploader(options, TimeProvider.System);
        var result = await uploader.UploadFileAsync(_file.Path);
        _lastToken = result.UploadTokenId;
    }
}
