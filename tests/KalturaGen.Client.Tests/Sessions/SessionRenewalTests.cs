using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Client.Tests.Refit;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KalturaGen.Client.Tests.Sessions;

/// <summary>
/// A long-running service keeps working past the KS lifetime when its session comes from the secret: the client's
/// clock and the simulator's move together past each expiry, and the simulator verifies every KS it receives.
/// </summary>
public class SessionRenewalTests
{
    private static readonly TimeSpan PastExpiry = TimeSpan.FromDays(1) + TimeSpan.FromHours(1);

    [Fact]
    public async Task AServiceFromDiWithASecretSessionKeepsWorkingAcrossTwiceTheKsExpiry()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var clock = new FakeTimeProvider(simulator.Clock.GetUtcNow());
        var recorder = new RecordingHandler();
        await using var provider = Services(simulator, recorder, o =>
        {
            o.Session.Secret = SimulatorDefaults.AdminSecret;
            o.Session.Type = KsType.Admin;
            o.TimeProvider = clock;
        });
        var media = provider.GetRequiredService<IMediaService>();
        var client = provider.GetRequiredService<KalturaClient>();

        var entry = await media.AddAsync(new MediaEntry { Name = "day 0", MediaType = MediaType.VIDEO });
        Advance(simulator, clock, PastExpiry);
        await media.UpdateAsync(entry.Id!, new MediaEntry { Name = "day 1" });
        Advance(simulator, clock, PastExpiry);
        var batch = client.CreateMultiRequest();
        var fetched = batch.Media.Get(entry.Id!);
        await batch.ExecuteAsync();

        Assert.Equal("day 1", fetched.Result.Name);
        Assert.All(simulator.Admin.Journal.Entries, e => Assert.Null(e.ErrorCode));
        var sent = recorder.Requests.Select(r => SentKs.Of(r.Body)).ToList();
        Assert.Equal(3, sent.Count);
        Assert.Equal(3, sent.Distinct().Count());
        Assert.True(KalturaSession.TryParse(sent[^1], SimulatorDefaults.AdminSecret, out var last));
        Assert.Equal(simulator.Clock.GetUtcNow().ToUnixTimeSeconds() + 86400, last!.ValidUntil);
        Assert.Equal(sent[^1], client.Ks);
    }

    [Fact]
    public async Task AFixedKsStopsWorkingOnceItExpires()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var clock = new FakeTimeProvider(simulator.Clock.GetUtcNow());
        await using var provider = Services(simulator, new RecordingHandler(), o =>
        {
            o.Ks = simulator.CreateKs();
            o.TimeProvider = clock;
        });
        var media = provider.GetRequiredService<IMediaService>();

        var entry = await media.AddAsync(new MediaEntry { Name = "day 0", MediaType = MediaType.VIDEO });
        Advance(simulator, clock, PastExpiry);
        var expired = await Assert.ThrowsAsync<KalturaApiException>(() => media.GetAsync(entry.Id!));

        Assert.Equal("INVALID_KS", expired.Code);
        Assert.Equal("INVALID_KS", simulator.Admin.Journal.Entries[^1].ErrorCode);
    }

    private static ServiceProvider Services(KalturaSimulator simulator, RecordingHandler recorder, Action<KalturaClientOptions> configure)
    {
        var services = new ServiceCollection();
        services
            .AddKalturaClient(o =>
            {
                o.ServiceUrl = simulator.BaseAddress;
                o.PartnerId = SimulatorDefaults.PartnerId;
                configure(o);
            })
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler)
            .AddHttpMessageHandler(() => recorder);
        return services.BuildServiceProvider();
    }

    private static void Advance(KalturaSimulator simulator, FakeTimeProvider clientClock, TimeSpan by)
    {
        simulator.AdvanceTime(by);
        clientClock.Advance(by);
    }
}
