using System.Collections.Concurrent;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// The reliability probe's run at CI size: 100 <c>kalturagen upload</c> command lines (in-process, one file each, 0 B to
/// 3 MiB with sizes at chunk boundaries ±1, media, documents and data, --parallel 1, 4 and 8) against a simulator that
/// faults about a fifth of all calls with a fixed seed: 503s, 502s after processing, responses dropped after
/// processing, requests dropped, INTERNAL_SERVERL_ERROR, delays. Nothing may be lost or duplicated, and no run may
/// exit 0 without a verified SHA-256.
/// </summary>
public sealed class FaultedUploadRunTests
{
    private const int Chunk = 256 * 1024;
    private const int Uploads = 100;

    [Fact]
    public async Task HundredUploadsUnderFaultsAreAllVerifiedWithNothingLostOrDuplicated()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var files = Sources(folder);
        var sha256 = files.ToDictionary(f => f, TestData.Sha256);
        var fired = new ConcurrentDictionary<FaultKind, int>();
        harness.Simulator.Admin.Faults.Fired += (rule, _, _) => fired.AddOrUpdate(rule.Kind, 1, (_, n) => n + 1);
        foreach (var rule in Faults())
        {
            harness.Simulator.Admin.AddFault(rule);
        }

        var runs = new List<(string Path, int ExitCode, string Output)>();
        for (var i = 0; i < files.Count; i++)
        {
            var parallel = new[] { 1, 4, 8 }[i % 3];
            var (exitCode, output, errors) = await InProcessCli.RunAsync(
                harness, "upload", files[i], "--chunk-size", "256K", "--parallel", $"{parallel}", "--retries", "10");
            runs.Add((files[i], exitCode, output + errors));
        }

        // No run says "done" without having compared the server's bytes with the file's.
        Assert.DoesNotContain(runs, r => r.ExitCode == 0 && !r.Output.Contains($"sha256 local  {sha256[r.Path]}  match", StringComparison.Ordinal));
        // And none failed: every upload arrived, verified.
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, $"{Path.GetFileName(r.Path)} exited {r.ExitCode}:\n{r.Output}"));

        harness.Simulator.Admin.Faults.Clear();
        var calls = harness.Simulator.Admin.Journal.Entries.Count;

        // Exactly one token and one READY entry per file, holding exactly its bytes; nothing else left behind.
        var tokens = await harness.Simulator.Admin.GetTokensAsync();
        var entries = await harness.Simulator.Admin.GetEntriesAsync();
        Assert.Equal(Uploads, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(3, t.Status));
        Assert.Equal(Uploads, entries.Count);
        Assert.All(entries, e => Assert.Equal(2, e.Status));
        var byName = entries.ToDictionary(e => e.Name!);
        foreach (var path in files)
        {
            Assert.Equal(sha256[path], await harness.StoredSha256Async(byName[Path.GetFileName(path)].Id));
        }

        // The faults really happened, of every kind, to about a fifth of the calls.
        Assert.All(Faults(), rule => Assert.True(fired.GetValueOrDefault(rule.Kind) >= 10, $"{rule.Kind} fired {fired.GetValueOrDefault(rule.Kind)} times"));
        Assert.True(fired.Values.Sum() >= 0.15 * calls, $"{fired.Values.Sum()} faults in {calls} calls");
    }

    /// <summary>0 B, 1 B, every chunk boundary up to 3 MiB and ±1 around it, then seeded sizes; video, PDF, image and data.</summary>
    private static List<string> Sources(TempFolder folder)
    {
        var sizes = new List<int> { 0, 1 };
        for (var k = 1; k * Chunk <= 3 * 1024 * 1024; k++)
        {
            sizes.AddRange([(k * Chunk) - 1, k * Chunk, (k * Chunk) + 1]);
        }

        var random = new Random(2024);
        while (sizes.Count < Uploads)
        {
            sizes.Add(random.Next(0, 3 * 1024 * 1024));
        }

        string[] extensions = [".mp4", ".pdf", ".jpg", ".mov", ".txt"];
        return [.. sizes.Select((size, i) => folder.File($"f{i:d3}-{size}{extensions[i % extensions.Length]}", TestData.Bytes(size, seed: i)))];
    }

    /// <summary>About 20% of all calls, each kind from its own seed.</summary>
    private static FaultRule[] Faults() =>
    [
        new() { Kind = FaultKind.HttpError, StatusCode = 503, Fraction = 0.05, Seed = 11 },
        new() { Kind = FaultKind.HttpError, StatusCode = 502, AfterProcessing = true, Fraction = 0.04, Seed = 12 },
        new() { Kind = FaultKind.AbortResponse, Fraction = 0.04, Seed = 13 },
        new() { Kind = FaultKind.AbortRequest, Fraction = 0.02, Seed = 14 },
        new() { Kind = FaultKind.KalturaError, ErrorCode = "INTERNAL_SERVERL_ERROR", Fraction = 0.03, Seed = 15 },
        new() { Kind = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(20), Fraction = 0.03, Seed = 16 },
    ];
}
