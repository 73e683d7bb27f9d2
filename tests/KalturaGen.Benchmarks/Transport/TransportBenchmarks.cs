using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Benchmarks.LegacyTransport;
using KalturaGen.Client;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.Transport;

/// <summary>
/// The Refit transport of the generated client against the hand-written one it replaced (commit 9fe97c4, kept in
/// <c>LegacyTransport/</c>), per call, through one in-process simulator and one admin KS: media.get of one entry,
/// media.list of 100 READY entries (pager of 100), and a 64 MiB upload (uploadToken.add, then 4 MiB chunks one at a time
/// from memory). Setup checks that both paths read the same entries; cleanup checks the last upload by SHA-256.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TransportBenchmarks
{
    private const int EntryCount = 100;
    private const int FileSize = 64 * 1024 * 1024;
    private const int ChunkSize = 4 * 1024 * 1024;
    private const string FileName = "generated.mp4";
    private const string Get = "media.get";
    private const string List = "media.list, 100 entries";
    private const string Upload = "upload, 64 MiB in 4 MiB chunks";

    private readonly FilterPager _pager = new() { PageSize = EntryCount, PageIndex = 1 };
    private BenchSimulator _simulator = null!;
    private KalturaClient _client = null!;
    private LegacyMediaService _legacyMedia = null!;
    private LegacyUploadTokenService _legacyUploadToken = null!;
    private string _entryId = null!;
    private byte[] _payload = null!;
    private string _payloadSha256 = null!;
    private string? _lastToken;

    [GlobalSetup(Targets = [nameof(MediaGetLegacy), nameof(MediaGetRefit), nameof(MediaListLegacy), nameof(MediaListRefit)])]
    public async Task SetupCallsAsync()
    {
        await StartAsync();
        _entryId = (await ReadyEntries.CreateAsync(_simulator, EntryCount))[0];
        await CheckBothPathsReadTheSameAsync();
    }

    [GlobalSetup(Targets = [nameof(UploadLegacy), nameof(UploadRefit)])]
    public async Task SetupUploadAsync()
    {
        await StartAsync();
        _payload = new byte[FileSize];
        await using var source = new GeneratedStream(FileSize);
        await source.ReadExactlyAsync(_payload);
        _payloadSha256 = Convert.ToHexStringLower(SHA256.HashData(_payload));
    }

    // BenchmarkDotNet 0.14 runs iteration setup synchronously only. Reset forgets the uploaded tokens and their files.
    [IterationSetup(Targets = [nameof(UploadLegacy), nameof(UploadRefit)])]
    public void ResetSimulator() => _simulator.ResetAsync().GetAwaiter().GetResult();

    [GlobalCleanup(Targets = [nameof(UploadLegacy), nameof(UploadRefit)])]
    public async Task CleanupUploadAsync()
    {
        try
        {
            await _simulator.VerifyTokenAsync(_lastToken ?? throw new InvalidOperationException("Nothing was uploaded."), _payloadSha256);
            Console.WriteLine($"// SHA-256 of the last upload matches the source ({_payloadSha256[..16]}...).");
        }
        finally
        {
            await _simulator.DisposeAsync();
        }
    }

    [GlobalCleanup(Targets = [nameof(MediaGetLegacy), nameof(MediaGetRefit), nameof(MediaListLegacy), nameof(MediaListRefit)])]
    public ValueTask CleanupCallsAsync() => _simulator.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Legacy: KalturaConnection")]
    [BenchmarkCategory(Get)]
    public Task<MediaEntry> MediaGetLegacy() => _legacyMedia.GetAsync(_entryId);

    [Benchmark(Description = "Refit: KalturaClient")]
    [BenchmarkCategory(Get)]
    public Task<MediaEntry> MediaGetRefit() => _client.Media.GetAsync(_entryId);

    [Benchmark(Baseline = true, Description = "Legacy: KalturaConnection")]
    [BenchmarkCategory(List)]
    public Task<MediaListResponse> MediaListLegacy() => _legacyMedia.ListAsync(pager: _pager);

    [Benchmark(Description = "Refit: KalturaClient")]
    [BenchmarkCategory(List)]
    public Task<MediaListResponse> MediaListRefit() => _client.Media.ListAsync(pager: _pager);

    [Benchmark(Baseline = true, Description = "Legacy: KalturaConnection")]
    [BenchmarkCategory(Upload)]
    public async Task UploadLegacy() => _lastToken = await SequentialChunks.UploadAsync(
        _payload,
        ChunkSize,
        () => _legacyUploadToken.AddAsync(NewToken()),
        (id, chunk, resume, final, resumeAt) => _legacyUploadToken.UploadAsync(id, LegacyFile.FromBytes(chunk, FileName), resume, final, resumeAt));

    [Benchmark(Description = "Refit: KalturaClient")]
    [BenchmarkCategory(Upload)]
    public async Task UploadRefit() => _lastToken = await SequentialChunks.UploadAsync(
        _payload,
        ChunkSize,
        () => _client.UploadToken.AddAsync(NewToken()),
        (id, chunk, resume, final, resumeAt) => _client.UploadToken.UploadAsync(id, KalturaFile.FromBytes(chunk, FileName), resume, final, resumeAt));

    private static UploadToken NewToken() => new() { FileName = FileName, FileSize = FileSize };

    /// <summary>Starts the simulator; the legacy connection gets the generated client's own options, so the same URL and KS.</summary>
    private async Task StartAsync()
    {
        _simulator = await BenchSimulator.StartAsync();
        _client = _simulator.Client;
        var legacy = new LegacyConnection(_simulator.Simulator.CreateHttpClient(), _client.Connection.Options, KalturaClient.SchemaApiVersion);
        if (legacy.Ks is null || legacy.Ks != _client.Ks)
        {
            throw new InvalidOperationException("The legacy connection does not carry the generated client's KS.");
        }

        _legacyMedia = new LegacyMediaService(legacy);
        _legacyUploadToken = new LegacyUploadTokenService(legacy);
    }

    private async Task CheckBothPathsReadTheSameAsync()
    {
        var legacyList = await MediaListLegacy();
        var refitList = await MediaListRefit();
        var legacyIds = legacyList.Objects?.Select(e => e.Id).ToList() ?? [];
        var refitIds = refitList.Objects?.Select(e => e.Id).ToList() ?? [];
        if (legacyIds.Count != EntryCount || !legacyIds.SequenceEqual(refitIds))
        {
            throw new InvalidOperationException($"media.list answered {legacyIds.Count} entries (legacy) and {refitIds.Count} (Refit); expected the same {EntryCount}.");
        }

        var legacyEntry = await MediaGetLegacy();
        var refitEntry = await MediaGetRefit();
        if (legacyEntry.Id != _entryId || refitEntry.Id != _entryId || legacyEntry.FlavorParamsIds != refitEntry.FlavorParamsIds)
        {
            throw new InvalidOperationException($"media.get of {_entryId} answered {legacyEntry.Id} (legacy) and {refitEntry.Id} (Refit), not the same entry.");
        }
    }
}
