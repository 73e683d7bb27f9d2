using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>Each way Refit creates a client hands out the generated implementation, which reaches the simulator.</summary>
public class RefitEntryPointTests
{
    [Fact]
    public async Task RestServiceForGivesTheGeneratedImplementation()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();

        var media = RestService.For<IMediaApi>(simulator.CreateHttpClient(), SimulatorRefit.Settings(simulator));

        await AssertWorksAsync(simulator, media);
    }

    [Fact]
    public async Task RestServiceForGeneratedGivesTheGeneratedImplementation()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();

        var media = RestService.ForGenerated<IMediaApi>(simulator.CreateHttpClient(), SimulatorRefit.Settings(simulator));

        await AssertWorksAsync(simulator, media);
    }

    [Fact]
    public async Task AddRefitGeneratedClientGivesTheGeneratedImplementation()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var settings = SimulatorRefit.Settings(simulator);
        var services = new ServiceCollection();
        services
            .AddRefitGeneratedClient<IMediaApi>(_ => settings)
            .ConfigureHttpClient(c => c.BaseAddress = simulator.BaseAddress)
            .ConfigurePrimaryHttpMessageHandler(() => simulator.CreateHandler());
        await using var provider = services.BuildServiceProvider();

        await AssertWorksAsync(simulator, provider.GetRequiredService<IMediaApi>());
    }

    private static async Task AssertWorksAsync(KalturaSimulator simulator, IMediaApi media)
    {
        Assert.Equal("KalturaGen.Client.Api.MediaApi", media.GetType().FullName);
        var added = await media.AddAsync(new MediaAddParameters { Entry = new MediaEntry { Name = "entry point", MediaType = MediaType.AUDIO } });
        var read = await media.GetAsync(new MediaGetParameters { EntryId = added.Id! });
        Assert.Equal(("entry point", MediaType.AUDIO), (read.Name, read.MediaType));
        Assert.Equal(added.Id, Assert.Single(await simulator.Admin.GetEntriesAsync()).Id);
    }
}
