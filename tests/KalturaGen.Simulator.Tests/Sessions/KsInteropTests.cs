using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator.Tests.Sessions;

/// <summary>
/// The SDK's client-side KS code (KalturaGen.Runtime's <see cref="KalturaSession"/>) and the simulator's server-side code
/// (<see cref="KsIssuer"/>, <see cref="KsReader"/>) are two implementations of <c>kSessionBase::generateKsV1/V2</c> and
/// <c>kSessionBase::parseKS</c>: each must read what the other writes, field for field.
/// </summary>
public sealed class KsInteropTests
{
    private const string Secret = "an-admin-secret-0123456789abcdef";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    public static TheoryData<int, KsType, string, string> Sessions => new()
    {
        { 1, KsType.Admin, "", "" },
        { 2, KsType.Admin, "", "" },
        { 1, KsType.User, "alice@example.com", "list:*,edit:0_abc" },
        { 2, KsType.User, "alice@example.com", "list:*,edit:0_abc" },
        { 2, KsType.User, "a b+c&d=é", "sview:0_a/0_b,disableentitlement,iprestrict:127.0.0.1" },
        { 2, KsType.Admin, "bob", "*" },
    };

    [Theory]
    [MemberData(nameof(Sessions))]
    public void SdkGeneratedSessionsAreVerifiedBySimulator(int version, KsType type, string userId, string privileges)
    {
        var clock = new ManualClock(Now);
        var ks = version == 1
            ? KalturaSession.GenerateV1(Secret, 4321, type, userId, 600, privileges, clock)
            : KalturaSession.GenerateV2(Secret, 4321, type, userId, 600, privileges, clock);

        Assert.True(KsReader.TryReadPartnerId(ks, out var partnerId));
        Assert.Equal(4321, partnerId);
        var verified = KsReader.Verify(ks, Secret);

        Assert.NotNull(verified);
        Assert.Equal(version, verified.Version);
        Assert.Equal(4321, verified.PartnerId);
        Assert.Equal(Now.ToUnixTimeSeconds() + 600, verified.ValidUntil);
        Assert.Equal((int)type, verified.Type);
        Assert.Equal(userId, verified.UserId);
        Assert.Equal(privileges, verified.Privileges.Text);
        Assert.Null(KsReader.Verify(ks, Secret + "x"));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void SimulatorIssuedSessionsAreReadBySdk(int version, KsType type, string userId, string privileges)
    {
        var partner = new PartnerOptions { Id = 4321, AdminSecret = Secret };

        var ks = KsIssuer.Issue(partner, (int)type, userId, 600, privileges, new ManualClock(Now), version);

        Assert.True(KalturaSession.TryReadPartnerId(ks, out var partnerId));
        Assert.Equal(4321, partnerId);
        Assert.True(KalturaSession.TryParse(ks, Secret, out var info));
        Assert.Equal(version, info!.Version);
        Assert.Equal(Now.ToUnixTimeSeconds() + 600, info.ValidUntil);
        Assert.Equal((int)type, info.Type);
        Assert.Equal(userId, info.UserId);
        Assert.Equal(privileges, info.Privileges);
        Assert.Equal(KsReader.Verify(ks, Secret)!.Hash, info.Hash);
        Assert.False(KalturaSession.TryParse(ks, Secret + "x", out _));
    }

    [Fact]
    public async Task SessionGeneratedBySdkFromTheSecretIsAcceptedOnTheWire()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        client.Ks = KalturaSession.GenerateV1(SimulatorDefaults.AdminSecret, SimulatorDefaults.PartnerId, KsType.User, "carol", clock: simulator.Clock);

        var token = await client.UploadToken.AddAsync();

        Assert.Equal("carol", token.UserId);
    }
}
