using KalturaGen.Benchmarks.Data;
using KalturaGen.Client;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Benchmarks.Hosting;

/// <summary>
/// An in-process simulator for benchmarks (TestHost, no port), on a manual clock that jumps to every timer's due
/// time, so no server-side wait costs real time; with a client holding an admin KS. Upload engines under test keep
/// the system clock: adaptive chunk sizing measures real chunk times.
/// </summary>
public sealed class BenchSimulator : IAsyncDisposable
{
    private BenchSimulator(KalturaSimulator simulator)
    {
        Simulator = simulator;
        Client = simulator.CreateClient();
    }

    /// <summary>The running simulator.</summary>
    public KalturaSimulator Simulator { get; }

    /// <summary>A client of partner 100 with an admin KS.</summary>
    public KalturaClient Client { get; }

    /// <summary>Starts an in-process simulator.</summary>
    public static async Task<BenchSimulator> StartAsync(CancellationToken cancellationToken = default) =>
        new(await KalturaSimulator.StartInProcessAsync(Options(), cancellationToken));

    /// <summary>A client like <see cref="Client"/> whose every request first waits <paramref name="latency"/> (real time).</summary>
    public KalturaClient CreateClient(TimeSpan latency)
    {
        var http = new HttpClient(new LatencyHandler(latency) { InnerHandler = Simulator.CreateHandler() }) { Timeout = Timeout.InfiniteTimeSpan };
        return new KalturaClient(http, new KalturaClientOptions
        {
            ServiceUrl = Simulator.BaseAddress,
            Ks = Simulator.CreateKs(),
            Timeout = Timeout.InfiniteTimeSpan,
        });
    }

    /// <summary>Forgets every token and deletes their bytes, so iterations do not fill the disk.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) => Simulator.Admin.ResetAsync(cancellationToken);

    /// <summary>
    /// Throws unless the token is FULL_UPLOAD and its file has exactly the expected SHA-256: the token becomes the
    /// content of a new video entry, whose original flavor the admin API hashes (public simulator API only).
    /// </summary>
    public async Task VerifyTokenAsync(string uploadTokenId, string expectedSha256, CancellationToken cancellationToken = default)
    {
        var token = (await Simulator.Admin.GetTokensAsync(cancellationToken: cancellationToken)).SingleOrDefault(t => t.Id == uploadTokenId)
            ?? throw new InvalidOperationException($"Token {uploadTokenId} does not exist.");
        if (token.Status != (int)UploadTokenStatus.FULL_UPLOAD)
        {
            throw new InvalidOperationException($"Token {uploadTokenId} is in status {token.Status}, not FULL_UPLOAD.");
        }

        var entryId = (await Client.Media.AddAsync(new MediaEntry { Name = uploadTokenId, MediaType = MediaType.VIDEO }, cancellationToken)).Id!;
        await Client.Media.AddContentAsync(entryId, new UploadedFileTokenResource { Token = uploadTokenId }, cancellationToken);
        var actual = (await Simulator.Admin.GetAssetsAsync(entryId, cancellationToken)).Single(a => a.IsOriginal).Sha256;
        if (actual != expectedSha256)
        {
            throw new InvalidOperationException($"Token {uploadTokenId} holds bytes with SHA-256 {actual}, expected {expectedSha256}.");
        }
    }

    /// <summary>
    /// A benchmark's cleanup: throws unless the last upload holds exactly the file's bytes, then stops the simulator
    /// and deletes the file either way.
    /// </summary>
    public async Task VerifyLastUploadAndStopAsync(string? lastToken, SampleFile file)
    {
        try
        {
            await VerifyTokenAsync(lastToken ?? throw new InvalidOperationException("Nothing was uploaded."), file.Sha256);
            Console.WriteLine($"// SHA-256 of the last upload matches the source ({file.Sha256[..16]}...).");
        }
        finally
        {
            await DisposeAsync();
            file.Dispose();
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Simulator.DisposeAsync();

    private static SimulatorOptions Options() => new() { Clock = new ManualClock { AutoAdvance = true } };
}
