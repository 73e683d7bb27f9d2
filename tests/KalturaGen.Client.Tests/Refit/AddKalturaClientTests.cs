using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>
/// <c>AddKalturaClient</c> registers the client, the friendly services and the Refit interfaces over one HttpClient
/// builder and one connection.
/// </summary>
public class AddKalturaClientTests
{
    [Fact]
    public async Task TheClientTheServicesAndTheRefitInterfacesResolveAndReachTheSimulator()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var services = new ServiceCollection();
        services
            .AddKalturaClient(o =>
            {
                o.ServiceUrl = simulator.BaseAddress;
                o.PartnerId = SimulatorDefaults.PartnerId;
                o.Ks = SimulatorRefit.AdminKs(simulator);
            })
            .ConfigurePrimaryHttpMessageHandler(() => simulator.CreateHandler());
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<KalturaClient>();
        var service = provider.GetRequiredService<IMediaService>();
        var api = provider.GetRequiredService<IMediaApi>();
        var added = await client.Media.AddAsync(new MediaEntry { Name = "registered", MediaType = MediaType.VIDEO });

        Assert.Equal("registered", (await service.GetAsync(added.Id!)).Name);
        Assert.Equal("registered", (await api.GetAsync(new MediaGetParameters { EntryId = added.Id! })).Name);
        Assert.Same(typeof(KalturaClient).Assembly, api.GetType().Assembly);
        Assert.Equal(["media.add", "media.get", "media.get"], simulator.Admin.Journal.Entries.Select(e => $"{e.Service}.{e.Action}"));
    }

    [Fact]
    public async Task AKsSetOnOneResolvedClientIsSentByALaterResolvedMediaApi()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var recorder = new RecordingHandler();
        await using var provider = SimulatorRefit.Services(simulator, ks: null, b => b.AddHttpMessageHandler(() => recorder));
        var earlier = provider.GetRequiredService<IMediaApi>();
        var add = new MediaAddParameters { Entry = new MediaEntry { Name = "after login", MediaType = MediaType.VIDEO } };
        var anonymous = await Assert.ThrowsAsync<KalturaApiException>(() => earlier.AddAsync(add));
        Assert.Equal("SERVICE_FORBIDDEN", anonymous.Code);

        var client = provider.GetRequiredService<KalturaClient>();
        client.Ks = await client.Session.StartAsync(SimulatorDefaults.AdminSecret, type: SessionType.ADMIN, partnerId: SimulatorDefaults.PartnerId);
        var later = provider.GetRequiredService<IMediaApi>();
        var entry = await later.AddAsync(add);

        Assert.Equal("after login", entry.Name);
        Assert.Equal(client.Ks, provider.GetRequiredService<KalturaConnection>().Ks);
        Assert.Equal(client.Ks, provider.GetRequiredService<KalturaClient>().Ks);
        Assert.DoesNotContain("\"ks\"", recorder.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains($"\"ks\":\"{client.Ks}\"", recorder.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Null(simulator.Admin.Journal.For("media", "add")[^1].ErrorCode);
    }
}
