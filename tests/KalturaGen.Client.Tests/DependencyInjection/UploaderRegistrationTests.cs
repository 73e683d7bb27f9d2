using System.Security.Cryptography;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;
using KalturaGen.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary>The uploader comes from DI with the client's session and clock and the options of its configuration.</summary>
public class UploaderRegistrationTests
{
    [Fact]
    public async Task TheUploaderFromDiUploadsAFileToReadyWithItsConfiguredChunks()
    {
        // Retries, READY polling and conversions run on one auto-advancing clock: no real waiting.
        var clock = new ManualClock { AutoAdvance = true };
        await using var simulator = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions { Clock = clock });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kaltura:ServiceUrl"] = simulator.BaseAddress.ToString(),
            ["Kaltura:PartnerId"] = "100",
            ["Kaltura:Session:Secret"] = SimulatorDefaults.AdminSecret,
            ["Kaltura:Session:Type"] = "Admin",
            ["Kaltura:Upload:ChunkSize"] = "65536",
            ["Kaltura:Upload:MaxParallelism"] = "2",
            ["Kaltura:Upload:ReadyPollIntervals:0"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration.GetSection("Kaltura"), o =>
            {
                o.TimeProvider = clock;
                o.Timeout = Timeout.InfiniteTimeSpan;   // a timeout timer would jump the auto-advancing clock
            })
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var path = Path.Combine(Path.GetTempPath(), $"kalturagen-di-{Guid.NewGuid():N}.mp4");
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);

        try
        {
            await using var scope = provider.CreateAsyncScope();
            var uploader = scope.ServiceProvider.GetRequiredService<KalturaUploader>();
            var result = await uploader.UploadFileAsync(path);

            Assert.Equal(EntryStatus.READY, result.Entry!.Status);
            var original = Assert.Single(await simulator.Admin.GetAssetsAsync(result.Entry.Id), a => a.IsOriginal);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), original.Sha256);
            var chunks = simulator.Admin.Journal.For("uploadToken", "upload").Select(e => e.Files.Sum(f => f.Size)).Where(size => size > 0).Order().ToList();
            Assert.Equal([3392, 65536, 65536, 65536], chunks);   // the configured 64 KiB chunks, not one adaptive chunk
            Assert.Same(uploader, scope.ServiceProvider.GetRequiredService<KalturaUploader>());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
