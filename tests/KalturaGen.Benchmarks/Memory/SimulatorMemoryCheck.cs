using System.Diagnostics;
using System.Globalization;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Client.Upload;

namespace KalturaGen.Benchmarks.Memory;

/// <summary>
/// The <c>--memory</c> mode: uploads a large generated stream (2 GiB by default; no array or file behind it) through
/// the in-process simulator with the upload engine, and reports the process's working set and managed heap before,
/// after and at their peak. Target: neither peak grows by more than <see cref="GrowthLimitMiB"/> MiB over the
/// warmed-up process, whatever the upload size (the engine's pooled chunk buffers, MaxParallelism x chunk size,
/// are part of that budget). Exits non-zero when the target or the SHA-256 check fails.
/// </summary>
public static class SimulatorMemoryCheck
{
    /// <summary>The most the process may grow, working set or managed heap.</summary>
    public const int GrowthLimitMiB = 64;

    private const int ChunkSize = 4 * 1024 * 1024;
    private const int Parallelism = 4;
    private const double MiB = 1024 * 1024;

    /// <summary>Runs the check and returns the process exit code.</summary>
    public static async Task<int> RunAsync(long size, CancellationToken cancellationToken = default)
    {
        Console.WriteLine($"Simulator memory check: {size / MiB:0} MiB through the in-process simulator, {ChunkSize / MiB:0} MiB chunks, {Parallelism} in flight.");
        await using var simulator = await BenchSimulator.StartAsync(cancellationToken);
        var options = new UploadOptions { ChunkSize = ChunkSize, MaxParallelism = Parallelism };
        using var uploader = simulator.Client.CreateChunkedUploader(options, TimeProvider.System);

        // Warm up JIT, pools and the host with a small upload, so that what follows measures growth with size.
        await UploadAsync(uploader, 64L * 1024 * 1024, cancellationToken);
        await simulator.ResetAsync(cancellationToken);

        var before = Snapshot.Take();
        var watch = Stopwatch.StartNew();
        string tokenId;
        long peakWorkingSet, peakHeap;
        long? kernelPeak;
        await using (var sampler = MemorySampler.Start(TimeSpan.FromMilliseconds(10)))
        {
            tokenId = await UploadAsync(uploader, size, cancellationToken);
            kernelPeak = sampler.KernelPeakReset ? MemorySampler.ReadKernelPeak() : null;
            peakWorkingSet = sampler.PeakWorkingSet;
            peakHeap = sampler.PeakManagedHeap;
        }

        watch.Stop();
        var after = Snapshot.Take();
        peakWorkingSet = Math.Max(peakWorkingSet, kernelPeak ?? 0);

        Console.WriteLine($"Uploaded in {watch.Elapsed.TotalSeconds:0.0} s ({size / MiB / watch.Elapsed.TotalSeconds:0} MiB/s).");
        Console.WriteLine($"{"",-26}{"before",12}{"after",12}{"peak",12}{"peak growth",14}");
        Row("working set (MiB)", before.WorkingSet, after.WorkingSet, peakWorkingSet);
        Row("managed heap (MiB)", before.ManagedHeap, after.ManagedHeap, peakHeap);
        Console.WriteLine($"kernel peak RSS: {(kernelPeak is { } k ? Format(k) + " MiB (VmHWM, reset at start; included in the working-set peak)" : "not available")}");
        Console.WriteLine($"allocated during the upload, all threads (client and server): {Format(after.Allocated - before.Allocated)} MiB; gen2 collections: {after.Gen2 - before.Gen2}");
        Console.WriteLine($"live large-object heap before/after: {Format(before.LargeObjectHeap)}/{Format(after.LargeObjectHeap)} MiB; thread-pool threads before/after: {before.Threads}/{after.Threads}");
        Console.WriteLine($"engine chunk buffers bound: {Parallelism} x {ChunkSize / MiB:0} MiB = {Parallelism * ChunkSize / MiB:0} MiB");

        var growth = Math.Max(peakWorkingSet - before.WorkingSet, peakHeap - before.ManagedHeap) / MiB;
        var memoryHolds = growth <= GrowthLimitMiB;
        Console.WriteLine($"target: peak growth <= {GrowthLimitMiB} MiB (working set and managed heap): {(memoryHolds ? "HOLDS" : "FAILS")} ({growth:0.0} MiB)");

        var expected = await Hashes.Sha256Async(new GeneratedStream(size), cancellationToken);
        var shaHolds = await VerifyAsync(simulator, tokenId, expected, cancellationToken);
        return memoryHolds && shaHolds ? 0 : 1;
    }

    private static async Task<string> UploadAsync(ChunkedUploader uploader, long size, CancellationToken cancellationToken)
    {
        await using var source = new GeneratedStream(size);
        var result = await uploader.UploadAsync(UploadSource.FromStream(source, "large.mp4"), cancellationToken: cancellationToken);
        return result.UploadTokenId;
    }

    private static async Task<bool> VerifyAsync(BenchSimulator simulator, string tokenId, string expected, CancellationToken cancellationToken)
    {
        try
        {
            await simulator.VerifyTokenAsync(tokenId, expected, cancellationToken);
            Console.WriteLine($"SHA-256 of the token's file matches the source ({expected[..16]}...).");
            return true;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"SHA-256 check FAILS: {e.Message}");
            return false;
        }
    }

    private static void Row(string name, long before, long after, long peak) =>
        Console.WriteLine($"{name,-26}{Format(before),12}{Format(after),12}{Format(peak),12}{Format(peak - before),14}");

    private static string Format(long bytes) => (bytes / MiB).ToString("0.0", CultureInfo.InvariantCulture);

    private readonly record struct Snapshot(long WorkingSet, long ManagedHeap, long LargeObjectHeap, long Allocated, int Gen2, int Threads)
    {
        public static Snapshot Take()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            return new Snapshot(
                Environment.WorkingSet,
                GC.GetTotalMemory(forceFullCollection: false),
                info.GenerationInfo[3].SizeAfterBytes,
                GC.GetTotalAllocatedBytes(precise: true),
                GC.CollectionCount(2),
                ThreadPool.ThreadCount);
        }
    }
}
