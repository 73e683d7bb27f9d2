using BenchmarkDotNet.Attributes;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// The upload engine against one plain HTTP POST, into the standalone simulator as its own process on a loopback port
/// (<see cref="SeparateSimulator"/>), side by side in one run: the engine with its default options (adaptive chunk
/// sizes; on a loopback service URL one chunk in flight, the next one read ahead) versus one
/// <c>curl -F fileData=@file</c> of the whole file (<see cref="CurlUpload"/>). The server runs outside the benchmark
/// process for both, so the engine shares no thread pool, GC or JIT warm-up with it, as curl does not. Both start
/// from <c>uploadToken.add</c> and end with a FULL_UPLOAD token; BenchmarkDotNet's jitting iteration and eight warm-up
/// iterations (full uploads, not measured; the engine's per-chunk code, client and server, needed five to six uploads
/// to settle, curl's single request two) warm both sides alike, whatever job is chosen. The last token of each benchmark is checked by
/// SHA-256, and the server process is stopped at the end. <c>SizeMiB</c> 1024 is the recorded figure, 128 is for
/// quick runs; the environment variable <c>KALTURAGEN_BENCH_UPLOAD_MIB</c> (comma-separated sizes) picks the sizes.
/// </summary>
[WarmupCount(8)]
public class LoopbackUploadBenchmarks
{
    private SeparateSimulator _simulator = null!;
    private SampleFile _file = null!;
    private string? _lastToken;

    /// <summary>The file size in MiB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int SizeMiB { get; set; }

    /// <summary>The sizes to run: <c>KALTURAGEN_BENCH_UPLOAD_MIB</c>, or 128 and 1024.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("KALTURAGEN_BENCH_UPLOAD_MIB") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [128, 1024];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = await SampleFile.CreateAsync(SizeMiB * 1024L * 1024L);
        _simulator = await SeparateSimulator.StartAsync();
    }

    // BenchmarkDotNet 0.14 runs iteration setup synchronously only (a Task-returning one does not compile).
    [IterationSetup]
    public void ResetSimulator() => _simulator.ResetAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public Task CleanupAsync() => _simulator.VerifyLastUploadAndStopAsync(_lastToken, _file);

    [Benchmark(Baseline = true, Description = "curl: one POST of the whole file")]
    public async Task Curl()
    {
        var token = await _simulator.Client.UploadToken.AddAsync(new UploadToken { FileName = Path.GetFileName(_file.Path), FileSize = _file.Length });
        await CurlUpload.UploadAsync(_simulator.BaseAddress, _simulator.Ks, token.Id!, _file.Path);
        _lastToken = token.Id;
    }

    [Benchmark(Description = "Engine: default options")]
    public async Task Engine()
    {
        using var uploader = _simulator.Client.CreateChunkedUploader(new UploadOptions(), TimeProvider.System);
        var result = await uploader.UploadFileAsync(_file.Path);
        _lastToken = result.UploadTokenId;
    }
}
