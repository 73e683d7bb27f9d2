using BenchmarkDotNet.Attributes;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Reporting;
using KalturaGen.Client.Upload;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// The engine's own memory: bytes allocated to upload a 64 MiB generated stream in 4 MiB chunks to a server that
/// keeps nothing (<see cref="DiscardingUploadTokenApi"/>), at 1, 4 and 8 chunks in flight. Chunk buffers are pooled,
/// so after the first upload an upload allocates a small fraction of its size; the baseline allocates a new array
/// per chunk, as a naive uploader does. Cleanup fails the run if more than MaxParallelism chunks were in flight.
/// </summary>
[MemoryDiagnoser]
[BytesPerOperation(FileSize)]
public class EngineAllocationBenchmarks
{
    private const long FileSize = 64L * 1024 * 1024;
    private const int ChunkSize = 4 * 1024 * 1024;

    private DiscardingUploadTokenApi _api = null!;
    private int _parallelism = 1;

    [GlobalSetup]
    public void Setup() => _api = new DiscardingUploadTokenApi();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_api.PeakInFlight > _parallelism)
        {
            throw new InvalidOperationException($"{_api.PeakInFlight} chunks were in flight with MaxParallelism {_parallelism}.");
        }

        Console.WriteLine($"// Peak chunks in flight: {_api.PeakInFlight} (MaxParallelism {_parallelism}).");
    }

    [Benchmark(Baseline = true, Description = "Naive: new array per chunk")]
    public async Task NewArrayPerChunk()
    {
        await using var source = new GeneratedStream(FileSize);
        var token = await _api.AddAsync("generated.mp4", FileSize, autoFinalize: false, CancellationToken.None);
        for (long offset = 0; offset < FileSize; offset += ChunkSize)
        {
            var chunk = new byte[(int)Math.Min(ChunkSize, FileSize - offset)];
            await source.ReadExactlyAsync(chunk);
            using var content = new MemoryStream(chunk, writable: false);
            var final = offset + chunk.Length == FileSize;
            await _api.UploadAsync(new ChunkUploadRequest(token.Id, content, "generated.mp4", offset > 0, final, offset), CancellationToken.None);
        }
    }

    [Benchmark(Description = "Engine P=1, pooled")]
    public Task EngineP1() => EngineAsync(1);

    [Benchmark(Description = "Engine P=4, pooled")]
    public Task EngineP4() => EngineAsync(4);

    [Benchmark(Description = "Engine P=8, pooled")]
    public Task EngineP8() => EngineAsync(8);

    private async Task EngineAsync(int parallelism)
    {
        _parallelism = parallelism;
        using var uploader = new ChunkedUploader(_api, new UploadOptions { MaxParallelism = parallelism, ChunkSize = ChunkSize });
        await using var source = new GeneratedStream(FileSize);
        await uploader.UploadAsync(UploadSource.FromStream(source, "generated.mp4"));
    }
}
