using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Client.Tests.Refit;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary>Two named clients for two partners, each with its own options, session, HttpClient and services.</summary>
public class NamedClientsTests
{
    private const string PartnerBSecret = "partner-b-admin-secret";

    [Fact]
    public async Task EachNamedClientSendsItsOwnPartnersKs()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions
        {
            Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200, AdminSecret = PartnerBSecret, UserSecret = "partner-b-user-secret" }],
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kaltura:PartnerA:ServiceUrl"] = simulator.BaseAddress.ToString(),
            ["Kaltura:PartnerA:PartnerId"] = "100",
            ["Kaltura:PartnerA:Session:Secret"] = SimulatorDefaults.AdminSecret,
            ["Kaltura:PartnerA:Session:Type"] = "Admin",
            ["Kaltura:PartnerB:ServiceUrl"] = simulator.BaseAddress.ToString(),
            ["Kaltura:PartnerB:PartnerId"] = "200",
            ["Kaltura:PartnerB:Session:Secret"] = PartnerBSecret,
            ["Kaltura:PartnerB:Session:Type"] = "Admin",
        }).Build();
        var recorderA = new RecordingHandler();
        var recorderB = new RecordingHandler();
        var services = new ServiceCollection();
        var httpClientA = services.AddKalturaClient("partnerA", configuration.GetSection("Kaltura:PartnerA"))
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler)
            .AddHttpMessageHandler(() => recorderA);
        services.AddKalturaClient("partnerB", configuration.GetSection("Kaltura:PartnerB"))
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler)
            .AddHttpMessageHandler(() => recorderB);
        services.AddTransient<TwoPartners>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var both = provider.GetRequiredService<TwoPartners>();
        var entryA = await both.A.Media.AddAsync(new MediaEntry { Name = "for A", MediaType = MediaType.VIDEO });
        var entryB = await both.MediaOfB.AddAsync(new MediaEntry { Name = "for B", MediaType = MediaType.VIDEO });

        Assert.Equal(entryA.Id, Assert.Single(await simulator.Admin.GetEntriesAsync(100)).Id);
        Assert.Equal(entryB.Id, Assert.Single(await simulator.Admin.GetEntriesAsync(200)).Id);
        Assert.True(KalturaSession.TryParse(SentKs.Of(Assert.Single(recorderA.Requests).Body), SimulatorDefaults.AdminSecret, out var sessionA));
        Assert.True(KalturaSession.TryParse(SentKs.Of(Assert.Single(recorderB.Requests).Body), PartnerBSecret, out var sessionB));
        Assert.Equal((100, 200), (sessionA!.PartnerId, sessionB!.PartnerId));
        Assert.Same(provider.GetRequiredKeyedService<KalturaClient>("partnerA").Connection, both.A.Connection);
        Assert.NotSame(both.A.Connection, provider.GetRequiredKeyedService<KalturaClient>("partnerB").Connection);
        Assert.Null(provider.GetService<KalturaClient>());
        Assert.Equal("KalturaGen:KalturaGen.Client:partnerA", httpClientA.Name);
    }

    /// <summary>A service that works with both partners, injected by key.</summary>
    private sealed class TwoPartners([FromKeyedServices("partnerA")] KalturaClient a, [FromKeyedServices("partnerB")] IMediaService mediaOfB)
    {
        public KalturaClient A { get; } = a;

        public IMediaService MediaOfB { get; } = mediaOfB;
    }
}
