using BenchmarkDotNet.Attributes;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.Assembly;

/// <summary>
/// The simulator's chunk assembly is O(total bytes): the same 1 MiB chunks of a 32 MiB and a 128 MiB file sent one
/// at a time in offset order, in a shuffled order and in reverse order (out-of-order chunks are parked and appended
/// when the gap closes). The ratios to in-order stay flat from 32 to 128 MiB and MiB/s stays flat across sizes;
/// quadratic assembly would make both grow with the chunk count. The last upload of each case is checked by SHA-256.
/// </summary>
public class ChunkAssemblyBenchmarks
{
    private const int ChunkSize = 1024 * 1024;
    private const string FileName = "assembly.mp4";

    private BenchSimulator _simulator = null!;
    private byte[] _content = null!;
    private string _sha256 = null!;
    private string? _lastToken;

    /// <summary>The file size in MiB.</summary>
    [Params(32, 128)]
    public int SizeMiB { get; set; }

    private int ChunkCount => _content.Length / ChunkSize;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _content = new byte[SizeMiB * 1024 * 1024];
        await using (var source = new GeneratedStream(_content.Length))
        {
            await source.ReadExactlyAsync(_content);
        }

        _sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_content));
        _simulator = await BenchSimulator.StartAsync();
    }

    // BenchmarkDotNet 0.14 runs iteration setup synchronously only (a Task-returning one does not compile).
    [IterationSetup]
    public void ResetSimulator() => _simulator.ResetAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        try
        {
            await _simulator.VerifyTokenAsync(_lastToken ?? throw new InvalidOperationException("Nothing was uploaded."), _sha256);
            Console.WriteLine($"// SHA-256 of the last assembled file matches the source ({_sha256[..16]}...).");
        }
        finally
        {
            await _simulator.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "In order")]
    public Task InOrder() => SendAsync(ArrivalOrders.InOrder(ChunkCount));

    [Benchmark(Description = "Random order")]
    public Task RandomOrder() => SendAsync(ArrivalOrders.Random(ChunkCount));

    [Benchmark(Description = "Reverse order")]
    public Task ReverseOrder() => SendAsync(ArrivalOrders.Reverse(ChunkCount));

    private async Task SendAsync(int[] middleChunks)
    {
        var service = _simulator.Client.UploadToken;
        var token = await service.AddAsync(new UploadToken { FileName = FileName, FileSize = _content.Length });
        var id = token.Id!;
        await service.UploadAsync(id, Chunk(0), resume: false, finalChunk: false, resumeAt: 0);
        foreach (var index in middleChunks)
        {
            await service.UploadAsync(id, Chunk(index), resume: true, finalChunk: false, resumeAt: (double)index * ChunkSize);
        }

        var closed = await service.UploadAsync(id, KalturaFile.FromBytes(ReadOnlyMemory<byte>.Empty, FileName), resume: true, finalChunk: true, resumeAt: _content.Length);
        if (closed.UploadedFileSize != _content.Length)
        {
            throw new InvalidOperationException($"The token holds {closed.UploadedFileSize} bytes of {_content.Length}.");
        }

        _lastToken = id;
    }

    private KalturaFile Chunk(int index) => KalturaFile.FromBytes(_content.AsMemory(index * ChunkSize, ChunkSize), FileName);
}
