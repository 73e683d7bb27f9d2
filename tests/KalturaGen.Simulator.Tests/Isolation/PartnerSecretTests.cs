using System.Text;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using Microsoft.Extensions.Configuration;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>
/// No two partners share an admin secret. A v2 KS names its partner in clear (<c>v2|{partnerId}|</c>)
/// and <c>kSessionBase::parseKsV2</c> decrypts the rest with that partner's admin secret, so a shared
/// secret would let a KS of one partner open the other with only the header changed. A partner
/// configured without secrets gets its own (listed by the admin API), except the documented default
/// partner 100.
/// </summary>
public sealed class PartnerSecretTests
{
    // kSessionBase::parseKsV2 with the secret of the partner the header names
    [Fact]
    public async Task AConfiguredPartnerWithoutSecretsDoesNotAcceptAnotherPartnersKsWithTheHeaderChanged()
    {
        var options = SimulatorConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:ClockMode"] = "manual",
            ["Simulator:Partners:0:Id"] = "100",
            ["Simulator:Partners:1:Id"] = "200",
        }).Build());
        await using var api = await StartAsync(options);

        var forged = WithPartner(api.CreateKs(SessionKind.Admin, partnerId: 100), 200);
        Assert.True(KalturaSession.TryReadPartnerId(forged, out var claimed) && claimed == 200);
        var error = AssertError(await api.CallAsAsync(forged, "media", "list"), "INVALID_KS");
        Assert.Equal("INVALID_STR", error.GetProperty("args").GetProperty("ERR_DESC").GetString());

        Assert.Equal(SimulatorDefaults.AdminSecret, Partner(api, 100).AdminSecret);
        AssertObject(await api.CallAsAsync(api.CreateKs(SessionKind.Admin, partnerId: 200), "media", "list"), "KalturaMediaListResponse");
    }

    // Partner::validateSecret: only the partner's own secrets start its sessions
    [Fact]
    public async Task APartnerWithoutSecretsGetsItsOwnListedSecretsNotTheDefaultOnes()
    {
        await using var api = await StartAsync(new SimulatorOptions { Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200 }] });
        var partner = Partner(api, 200);
        Assert.Matches("^[0-9a-f]{32}$", partner.AdminSecret);
        Assert.Matches("^[0-9a-f]{32}$", partner.UserSecret);
        Assert.NotEqual(partner.AdminSecret, partner.UserSecret);

        foreach (var secret in new[] { SimulatorDefaults.AdminSecret, SimulatorDefaults.UserSecret })
        {
            AssertError(await api.CallAsync("session", "start", ("secret", secret), ("partnerId", "200"), ("type", "0")), "START_SESSION_ERROR");
        }

        foreach (var secret in new[] { SimulatorDefaults.AdminSecret, "" })
        {
            AssertError(await api.CallAsAsync(KalturaSession.GenerateV2(secret, 200, KsType.Admin, null, 600, null, api.Simulator.Clock), "media", "list"), "INVALID_KS");
        }

        var ks = (await api.CallAsync("session", "start", ("secret", partner.AdminSecret), ("partnerId", "200"), ("type", "2"))).GetString()!;
        AssertObject(await api.CallAsAsync(ks, "media", "list"), "KalturaMediaListResponse");
        AssertError(await api.CallAsync("session", "start", ("secret", partner.UserSecret), ("partnerId", "200"), ("type", "2")), "START_SESSION_ERROR");
    }

    [Fact]
    public async Task PartnersConfiguredWithTheSameAdminSecretAreRefused()
    {
        var options = new SimulatorOptions
        {
            Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200, AdminSecret = SimulatorDefaults.AdminSecret }],
        };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KalturaSimulator.StartInProcessAsync(options));
        Assert.Contains("Partners 100 and 200 have the same admin secret", error.Message, StringComparison.Ordinal);
    }

    private static PartnerOptions Partner(SimulatorApi api, int id) => api.Simulator.Partners.Single(p => p.Id == id);

    // Rewrites the clear "v2|{partnerId}|" header of a v2 KS, keeping the encrypted part.
    private static string WithPartner(string ks, int partnerId)
    {
        var bytes = Convert.FromBase64String(ks.Replace('-', '+').Replace('_', '/'));
        var text = Encoding.Latin1.GetString(bytes);
        var parts = text.Split('|', 3);
        var rewritten = Encoding.Latin1.GetBytes($"v2|{partnerId}|{parts[2]}");
        return Convert.ToBase64String(rewritten).Replace('+', '-').Replace('/', '_');
    }
}
