using KalturaGen.Client;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Simulator;

namespace KalturaGen.TestSupport;

/// <summary>
/// A fresh in-process simulator on an auto-advancing manual clock (backoff, the final-chunk wait and conversions take
/// no real time), a generated client with an ADMIN KS, and helpers to read what the server holds.
/// </summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(KalturaSimulator simulator, ManualClock clock, HttpClient http)
    {
        Simulator = simulator;
        Clock = clock;
        Http = http;
        Client = new KalturaClient(http, new KalturaClientOptions { ServiceUrl = simulator.BaseAddress, PartnerId = 100 })
        {
            Ks = simulator.CreateKs(),
        };
    }

    public KalturaSimulator Simulator { get; }

    public ManualClock Clock { get; }

    public HttpClient Http { get; }

    public KalturaClient Client { get; }

    public KalturaUploadTokenApi Tokens => new(Client.UploadToken);

    public static async Task<SimulatorHarness> StartAsync()
    {
        var clock = new ManualClock { AutoAdvance = true };
        var simulator = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions { Clock = clock, ConversionTime = TimeSpan.FromSeconds(20) });
        return new SimulatorHarness(simulator, clock, simulator.CreateHttpClient());
    }

    public KalturaUploader CreateUploader(UploadOptions options, IUploadTokenApi? tokens = null) =>
        new(tokens ?? Tokens, new KalturaEntryApi(Client), options, Clock);

    /// <summary>An uploader whose every call goes through <paramref name="client"/> (e.g. one with a watching handler).</summary>
    public KalturaUploader CreateUploader(UploadOptions options, KalturaClient client) =>
        new(new KalturaUploadTokenApi(client.UploadToken), new KalturaEntryApi(client), options, Clock);

    /// <summary>A client with an ADMIN KS whose requests go through <paramref name="handler"/>.</summary>
    public KalturaClient CreateClient(HttpMessageHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = Simulator.BaseAddress }, new KalturaClientOptions { ServiceUrl = Simulator.BaseAddress, PartnerId = 100 })
        {
            Ks = Simulator.CreateKs(),
        };

    /// <summary>Tokens that are not deleted.</summary>
    public async Task<IReadOnlyList<global::KalturaGen.Simulator.Admin.TokenSnapshot>> LiveTokensAsync() =>
        [.. (await Simulator.Admin.GetTokensAsync()).Where(t => t.Status != 5)];

    /// <summary>Entries that are not deleted.</summary>
    public async Task<IReadOnlyList<global::KalturaGen.Simulator.Admin.EntrySnapshot>> LiveEntriesAsync() =>
        [.. (await Simulator.Admin.GetEntriesAsync()).Where(e => e.Status != 3)];

    public ChunkedUploader CreateChunkedUploader(UploadOptions options, IUploadTokenApi? tokens = null) =>
        new(tokens ?? Tokens, options, Clock);

    /// <summary>The SHA-256 of the entry's original flavor as the simulator stores it.</summary>
    public async Task<string?> OriginalSha256Async(string? entryId)
    {
        Assert.NotNull(entryId);
        var assets = await Simulator.Admin.GetAssetsAsync(entryId);
        return assets.Single(a => a.IsOriginal).Sha256;
    }

    /// <summary>
    /// The SHA-256 of the bytes the simulator holds for an entry: its original flavor's (from the admin API), or, for
    /// entries without flavors, what data.serve (data) or the entry's downloadUrl (images) returns.
    /// </summary>
    public async Task<string> StoredSha256Async(string entryId)
    {
        if ((await Simulator.Admin.GetAssetsAsync(entryId)).SingleOrDefault(a => a.IsOriginal) is { Sha256: { } sha })
        {
            return sha;
        }

        var entry = await Client.BaseEntry.GetAsync(entryId);
        await using var content = entry is KalturaGen.Client.Models.DataEntry
            ? await Client.Data.ServeAsync(entryId)
            : await Http.GetStreamAsync(new Uri(entry.DownloadUrl!));
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content));
    }

    /// <summary>The upload calls the simulator handled, in arrival order.</summary>
    public IReadOnlyList<(long ResumeAt, long Size, bool Final, string? Error, string? Fault)> UploadCalls() =>
        [.. Simulator.Admin.Journal.For("uploadToken", "upload").Select(e => (
            long.Parse(e.Parameters.GetValueOrDefault("resumeAt", "-1"), System.Globalization.CultureInfo.InvariantCulture),
            e.Files.Sum(f => f.Size),
            e.Parameters.GetValueOrDefault("finalChunk") is "1" or "true",
            e.ErrorCode,
            e.Fault))];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
