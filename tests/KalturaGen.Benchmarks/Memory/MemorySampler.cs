namespace KalturaGen.Benchmarks.Memory;

/// <summary>
/// Samples the process's working set and managed heap every few milliseconds and keeps the peaks. On Linux it also
/// resets the kernel's peak-RSS counter at the start and reads it at the end, which catches peaks between samples.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private MemorySampler(TimeSpan interval)
    {
        KernelPeakReset = TryResetKernelPeak();
        _loop = SampleAsync(interval, _stop.Token);
    }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long PeakWorkingSet { get; private set; }

    /// <summary>The highest managed heap size seen (live and not yet collected objects), in bytes.</summary>
    public long PeakManagedHeap { get; private set; }

    /// <summary>Whether the kernel's peak-RSS counter was reset, so <see cref="ReadKernelPeak"/> covers only this sampling.</summary>
    public bool KernelPeakReset { get; }

    /// <summary>Starts sampling.</summary>
    public static MemorySampler Start(TimeSpan interval) => new(interval);

    /// <summary>The kernel's peak RSS (VmHWM) in bytes, or null off Linux.</summary>
    public static long? ReadKernelPeak()
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            return null;
        }

        var line = File.ReadLines(StatusFile).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, out var value) ? value * 1024 : null;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            PeakWorkingSet = Math.Max(PeakWorkingSet, Environment.WorkingSet);
            PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
        while (await NextTickAsync(timer, cancellationToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
    private static bool TryResetKernelPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
