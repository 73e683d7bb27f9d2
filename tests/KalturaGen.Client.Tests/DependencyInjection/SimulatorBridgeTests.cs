using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary>The KalturaGen.Simulator.Client bridge: the SDK's clients reach a simulator without any handler wiring of their own.</summary>
public class SimulatorBridgeTests
{
    [Fact]
    public async Task AddKalturaClientWithUseSimulatorReachesTheInProcessSimulatorAsAdminOfThePartner()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync(TwoPartners());
        var services = new ServiceCollection();
        services.AddKalturaClient(o => o.UseSimulator(simulator, 200)).UseSimulator(simulator);
        await using var provider = services.BuildServiceProvider();

        var added = await provider.GetRequiredService<KalturaClient>().Media.AddAsync(new MediaEntry { Name = "bridged", MediaType = MediaType.VIDEO, AdminTags = "admin-only" });

        Assert.Equal("admin-only", added.AdminTags); // only an ADMIN KS may set adminTags
        var entry = Assert.Single(await simulator.Admin.GetEntriesAsync(200));
        Assert.Equal(added.Id, entry.Id);
        Assert.Empty(await simulator.Admin.GetEntriesAsync(100));
    }

    [Fact]
    public async Task CreateClientActsForTheGivenPartnerWithoutACallTimeout()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync(TwoPartners());

        var client = simulator.CreateClient(200);
        await client.Media.AddAsync(new MediaEntry { Name = "partner 200", MediaType = MediaType.AUDIO });

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Connection.Options.Timeout);
        Assert.Equal(200, client.Connection.Options.PartnerId);
        Assert.Equal("partner 200", Assert.Single(await simulator.Admin.GetEntriesAsync(200)).Name);
    }

    private static SimulatorOptions TwoPartners() => new()
    {
        Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200 }],
    };
}
