using System.Text.Json;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using Microsoft.Extensions.Configuration;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries.Moderation;

/// <summary>
/// Who may moderate (deployment/permissions/service.baseentry.ini and service.media.ini, checked in
/// KalturaBaseService::initService): flag is granted to user and widget sessions and is @ksOptional;
/// approve and reject need CONTENT_MODERATE_APPROVE_REJECT and listFlags CONTENT_MODERATE_BASE (admin role).
/// </summary>
public sealed class ModerationPermissionTests
{
    [Theory]
    [InlineData("baseEntry", "approve")]
    [InlineData("baseEntry", "reject")]
    [InlineData("baseEntry", "listFlags")]
    [InlineData("media", "approve")]
    [InlineData("media", "reject")]
    [InlineData("media", "listFlags")]
    public async Task AUserSessionMayNotModerate(string service, string action)
    {
        await using var api = await ModerationTestPartner.StartAsync();
        var entry = await api.NewMediaAsync();
        var owner = api.CreateKs(SessionKind.User, "alice");
        await api.CallAsync("baseEntry", "update", ("entryId", entry), ("baseEntry:userId", "alice"));

        var error = AssertError(await api.CallAsAsync(owner, service, action, ("entryId", entry)), "SERVICE_FORBIDDEN");
        Assert.Contains($"[{service.ToLowerInvariant()}->{action.ToLowerInvariant()}]", error.GetProperty("message").GetString()!.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(1, await api.ModerationStatusAsync(entry));
    }

    [Fact]
    public async Task UserAndWidgetSessionsAndCallsWithoutASessionMayFlag()
    {
        // BaseEntryService::flagAction is @ksOptional and partnerRequired is false for flag:
        // kCurrentContext::initPartnerByEntryId takes the partner from the entry.
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var user = api.CreateKs(SessionKind.User, "bob");
        var widget = api.CreateKs(SessionKind.User, privileges: "widget:1,view:*");

        Assert.Equal(JsonValueKind.Null, (await api.FlagAsync(entry, user)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.FlagAsync(entry, widget, service: "media")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.FlagAsync(entry, ks: "")).ValueKind);

        var flags = (await api.CallAsync("baseEntry", "listFlags", ("entryId", entry))).GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(["bob", "", ""], flags.Select(f => f.GetProperty("userId").GetString()!).ToArray());
        Assert.All(flags, f => Assert.Equal(100, f.GetProperty("partnerId").GetInt32()));
    }

    [Fact]
    public async Task AnotherPartnersSessionCannotReachTheEntry()
    {
        // The partner criteria filter: approve/reject read the entry within the caller's partner, and listFlags lists
        // the caller's partner's flags. flag with a KS stays within the KS's partner too (a kept deviation, docs/simulator.md).
        var owner = PartnerOptions.CreateDefault();
        owner.ModerateContent = true;
        await using var api = await StartAsync(new SimulatorOptions { Partners = [owner, new PartnerOptions { Id = 200 }] });
        var entry = await api.NewMediaAsync();
        await api.CallAsync("baseEntry", "approve", ("entryId", entry));
        await api.FlagAsync(entry);
        var other = api.CreateKs(SessionKind.Admin, partnerId: 200);

        AssertError(await api.CallAsAsync(other, "baseEntry", "reject", ("entryId", entry)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.FlagAsync(entry, other), "ENTRY_ID_NOT_FOUND");
        Assert.Equal(0, (await api.CallAsAsync(other, "baseEntry", "listFlags", ("entryId", entry))).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("baseEntry", "listFlags", ("entryId", entry))).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ThePartnerSettingComesFromConfigurationAndTheAdminApiShowsIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Partners:0:Id"] = "100",
            ["Simulator:Partners:1:Id"] = "200",
            ["Simulator:Partners:1:ModerateContent"] = "true",
        }).Build();
        var options = SimulatorConfiguration.Read(configuration);
        Assert.Equal([false, true], options.Partners.Select(p => p.ModerateContent).ToArray());

        options.Clock = new ManualClock();
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: options);
        using var admin = simulator.CreateAdminHttpClient();
        var partners = Parse(await admin.GetStringAsync(new Uri("/__kalturagen/partners", UriKind.Relative)));
        Assert.True(partners.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == 200).GetProperty("moderateContent").GetBoolean());
    }
}
