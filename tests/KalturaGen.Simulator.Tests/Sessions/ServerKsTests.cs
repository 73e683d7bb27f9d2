using System.Security.Cryptography;
using System.Text;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator.Tests.Sessions;

/// <summary>The simulator's server-side KS reading and issuing, rule by rule of <c>kSessionBase</c>.</summary>
public sealed class ServerKsTests
{
    private const string Secret = "server-side-secret";
    private static readonly PartnerOptions Partner = new() { Id = 77, AdminSecret = Secret };
    private static readonly ManualClock Clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    [Fact]
    public void ParseKsV1RefusesFewerThanThreeFieldsEvenWhenSigned()
    {
        // kSessionBase::parseKsV1: "Couldn't find 3 seperated parts in the KS".
        Assert.Null(KsReader.Verify(SignedV1("77;77"), Secret));
        Assert.NotNull(KsReader.Verify(SignedV1("77;77;1800000600"), Secret));
    }

    [Fact]
    public void ParseKsV2TurnsDotsAndSpacesOfPrivilegeNamesIntoUnderscoresAsParseStrDoes()
    {
        // kSessionBase::parseKsV2 reads the fields with PHP's parse_str, which renames "a.b" and "a b" to "a_b".
        var ks = KsIssuer.Issue(Partner, 2, "u", 600, "my.role:x,two words:y", Clock, version: 2);

        Assert.Equal("my_role:x,two_words:y", KsReader.Verify(ks, Secret)!.Privileges.Text);
    }

    [Fact]
    public void GenerateKsV2SkipsFalsyPrivilegesAndStoresStarAsAllStar()
    {
        // kSessionBase::generateKsV2: `if (!$privilege) continue;` and '*' becomes 'all:*' (read back as '*').
        var ks = KsIssuer.Issue(Partner, 0, "u", 600, " 0 ,,*", Clock, version: 2);
        var verified = KsReader.Verify(ks, Secret)!;

        Assert.Equal("*", verified.Privileges.Text);
        Assert.True(verified.Privileges.Grants("edit", "0_any"));
    }

    [Fact]
    public void WidgetSessionIsAnonymousUserTypeWithWidgetPrivilege()
    {
        // kSessionBase::isWidgetSession and kSessionBase::WIDGET_PRIVILEGE.
        Assert.True(KsReader.Verify(KsIssuer.Issue(Partner, 0, "", 600, "view:*,widget:1", Clock), Secret)!.IsWidget);
        Assert.True(KsReader.Verify(KsIssuer.Issue(Partner, 0, "0", 600, "view:*,widget:1", Clock), Secret)!.IsWidget);
        Assert.False(KsReader.Verify(KsIssuer.Issue(Partner, 0, "bob", 600, "view:*,widget:1", Clock), Secret)!.IsWidget);
        Assert.False(KsReader.Verify(KsIssuer.Issue(Partner, 2, "", 600, "view:*,widget:1", Clock), Secret)!.IsWidget);
    }

    [Fact]
    public void ParsePrivilegesSplitsValuesOnSlashAndKeepsBareNames()
    {
        // kSessionBase::parsePrivileges.
        var privileges = KsReader.Verify(KsIssuer.Issue(Partner, 0, "u", 600, "sview:0_a/0_b,disableentitlement", Clock, version: 1), Secret)!.Privileges;

        Assert.True(privileges.TryGetValues("sview", out var entries));
        Assert.Equal(["0_a", "0_b"], entries);
        Assert.True(privileges.TryGetValues("disableentitlement", out var none));
        Assert.Empty(none);
        Assert.True(privileges.Grants("sview", "0_b"));
        Assert.False(privileges.Grants("edit", "0_a"));
    }

    [Fact]
    public void ExpiryIsIssueTimePlusExpiryAndZeroIsAlreadyExpired()
    {
        // kSessionBase::generateKsV2 (`time() + $expiry`) and isValidBase (`valid_until <= time()` is EXPIRED).
        var verified = KsReader.Verify(KsIssuer.Issue(Partner, 2, "", 0, null, Clock), Secret)!;

        Assert.Equal(1_800_000_000, verified.ValidUntil);
        Assert.True(verified.IsExpiredAt(Clock.GetUtcNow()));
    }

    private static string SignedV1(string info) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(Secret + info))) + "|" + info));
}
