using System.Security.Cryptography;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Client.Tests.Refit;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary>
/// The standard resilience handler with Kaltura rules retries reads only, never sends a create twice and never cuts
/// off a call of the upload engine, which keeps its own retries.
/// </summary>
public class KalturaResilienceTests
{
    [Fact]
    public async Task AReadIsRetriedAfterA503()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        await using var provider = Services(simulator, kalturaRules: true);
        var client = provider.GetRequiredService<KalturaClient>();
        var added = await client.Media.AddAsync(new MediaEntry { Name = "read me", MediaType = MediaType.VIDEO });
        simulator.Admin.AddFault(new FaultRule { Target = "media.get", Kind = FaultKind.HttpError, StatusCode = 503, FirstCalls = 1 });

        var read = await client.Media.GetAsync(added.Id!);

        Assert.Equal("read me", read.Name);
        Assert.Equal(2, simulator.Admin.Journal.For("media", "get").Count);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]   // the plain standard handler sends the create again: the rules are what prevents it
    public async Task ACreateThatFailedAfterTakingEffectIsSentOnce(bool kalturaRules, int expectedAdds)
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        await using var provider = Services(simulator, kalturaRules);
        simulator.Admin.AddFault(new FaultRule { Target = "media.add", Kind = FaultKind.HttpError, StatusCode = 503, AfterProcessing = true, FirstCalls = 1 });
        var client = provider.GetRequiredService<KalturaClient>();

        try
        {
            await client.Media.AddAsync(new MediaEntry { Name = "once", MediaType = MediaType.VIDEO });
        }
        catch (Exception e) when (kalturaRules)
        {
            Assert.False(e is KalturaApiException);
        }

        Assert.Equal(expectedAdds, simulator.Admin.Journal.For("media", "add").Count);
    }

    [Fact]
    public void ActionsAreReadFromTheRoute()
    {
        static HttpRequestMessage Call(string path) => new(HttpMethod.Post, new Uri(new Uri("http://kaltura.test"), path));

        Assert.True(KalturaActions.IsIdempotent(Call("/api_v3/service/media/action/get")));
        Assert.True(KalturaActions.IsIdempotent(Call("/api_v3/service/uploadToken/action/list")));
        Assert.False(KalturaActions.IsIdempotent(Call("/api_v3/service/media/action/add")));
        Assert.False(KalturaActions.IsIdempotent(Call("/api_v3/service/media/action/addContent")));
        Assert.False(KalturaActions.IsIdempotent(Call("/api_v3/service/uploadToken/action/upload")));
        Assert.False(KalturaActions.IsIdempotent(Call("/api_v3/service/multirequest")));
    }

    [Fact]
    public async Task TheEngineUploadsSlowChunksUnderAShortAttemptTimeoutWithoutDuplicateCreates()
    {
        var clock = new ManualClock { AutoAdvance = true };
        await using var simulator = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions { Clock = clock });
        await using var provider = EngineServices(simulator, clock);
        // Each chunk is held longer than the attempt timeout; media.add fails once after taking effect.
        simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(100) });
        simulator.Admin.AddFault(new FaultRule { Target = "media.add", Kind = FaultKind.HttpError, StatusCode = 503, AfterProcessing = true, FirstCalls = 1 });
        var bytes = new byte[200_000];
        new Random(11).NextBytes(bytes);

        var result = await UploadAsync(provider, bytes);

        var original = Assert.Single(await simulator.Admin.GetAssetsAsync(result.Entry!.Id), a => a.IsOriginal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), original.Sha256);
        var chunks = simulator.Admin.Journal.For("uploadToken", "upload").Select(e => e.Files.Sum(f => f.Size)).Where(size => size > 0).Order().ToList();
        Assert.Equal([3392, 65536, 65536, 65536], chunks);   // each chunk sent once: none cut off and resent
        Assert.Single((await provider.GetRequiredService<KalturaClient>().Media.ListAsync()).Objects!);
    }

    [Fact]
    public async Task TheEnginesReadsAreRetriedByTheEngineAloneNotByBothLayers()
    {
        var clock = new ManualClock { AutoAdvance = true };
        await using var simulator = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions { Clock = clock });
        await using var provider = EngineServices(simulator, clock);
        simulator.Admin.AddFault(new FaultRule { Target = "baseEntry.get", Kind = FaultKind.HttpError, StatusCode = 503 });

        await Assert.ThrowsAnyAsync<Exception>(() => UploadAsync(provider, new byte[1000]));

        // Two engine reads of the entry (the READY wait, then the look-up before cleanup), each 1 + 2 attempts of one
        // HTTP call: the handler's own 3 retries did not multiply them (22 calls when both layers retry).
        Assert.Equal(6, simulator.Admin.Journal.For("baseEntry", "get").Count);
    }

    private static ServiceProvider EngineServices(KalturaSimulator simulator, ManualClock clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kaltura:ServiceUrl"] = simulator.BaseAddress.ToString(),
            ["Kaltura:PartnerId"] = "100",
            ["Kaltura:Session:Secret"] = SimulatorDefaults.AdminSecret,
            ["Kaltura:Session:Type"] = "Admin",
            ["Kaltura:Upload:ChunkSize"] = "65536",
            ["Kaltura:Upload:MaxParallelism"] = "2",
            ["Kaltura:Upload:MaxRetryAttempts"] = "2",
            ["Kaltura:Upload:ReadyPollIntervals:0"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration.GetSection("Kaltura"), o =>
            {
                o.TimeProvider = clock;
                o.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler)
            .AddKalturaResilience()
            .Configure(o =>
            {
                o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(10);
                o.Retry.Delay = TimeSpan.Zero;
            });
        return services.BuildServiceProvider();
    }

    private static async Task<IngestResult> UploadAsync(ServiceProvider provider, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kalturagen-resilience-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<KalturaUploader>().UploadFileAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ServiceProvider Services(KalturaSimulator simulator, bool kalturaRules)
    {
        var services = new ServiceCollection();
        var resilience = services
            .AddKalturaClient(o =>
            {
                o.ServiceUrl = simulator.BaseAddress;
                o.PartnerId = SimulatorDefaults.PartnerId;
                o.Ks = SimulatorRefit.AdminKs(simulator);
            })
            .ConfigurePrimaryHttpMessageHandler(() => simulator.CreateHandler())
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.Zero);
        if (kalturaRules)
        {
            resilience.WithKalturaRules();
        }

        return services.BuildServiceProvider();
    }
}
