using System.Security.Cryptography;
using System.Text;
using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace KalturaGen.Runtime.Tests.Sessions;

/// <summary>The KS codec, checked against the format computed independently here.</summary>
public sealed class KalturaSessionTests
{
    private const string Secret = "simulator-admin-secret";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void V2DecryptsWithAes128CbcZeroIvAndCarriesAValidSha1()
    {
        var ks = KalturaSession.GenerateV2(Secret, 100, KsType.Admin, "alice", 3600, "list:*,edit:0_abc", new FakeTimeProvider(Now));

        var raw = Convert.FromBase64String(ks.Replace('-', '+').Replace('_', '/'));
        var prefix = Encoding.ASCII.GetBytes("v2|100|");
        Assert.Equal(prefix, raw[..prefix.Length]);
        using var aes = Aes.Create();
        aes.Key = SHA1.HashData(Encoding.UTF8.GetBytes(Secret))[..16];
        var plain = aes.DecryptCbc(raw[prefix.Length..], new byte[16], PaddingMode.None).AsSpan().TrimEnd((byte)0).ToArray();
        var hash = plain[..20];
        var salted = plain[20..];
        Assert.Equal(SHA1.HashData(salted), hash);
        var fields = Encoding.UTF8.GetString(salted[16..]);
        Assert.Equal("list=%2A&edit=0_abc&_e=1700003600&_t=2&_u=alice", fields);
    }

    [Fact]
    public void V2UsesTheUrlSafeAlphabetAndKeepsPadding()
    {
        var ks = KalturaSession.GenerateV2(Secret, 100, KsType.User, new string('x', 40), clock: new FakeTimeProvider(Now));
        Assert.DoesNotContain('+', ks);
        Assert.DoesNotContain('/', ks);
        Assert.Equal(0, ks.Length % 4);
    }

    [Fact]
    public void StarPrivilegeIsStoredAsAllStarAndReadBackAsStar()
    {
        var ks = KalturaSession.GenerateV2(Secret, 100, KsType.User, "bob", privileges: "*", clock: new FakeTimeProvider(Now));
        Assert.True(KalturaSession.TryParse(ks, Secret, out var info));
        Assert.Equal("*", info!.Privileges);
        Assert.True(info.HasPrivilege("edit", "0_anything"));
    }

    [Fact]
    public void V1IsBase64OfSha1SignatureBarInfo()
    {
        var ks = KalturaSession.GenerateV1(Secret, 100, KsType.User, "bob", 60, "sview:*", new FakeTimeProvider(Now));

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(ks));
        var bar = text.IndexOf('|');
        var info = text[(bar + 1)..];
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(Secret + info))), text[..bar]);
        var parts = info.Split(';');
        Assert.Equal(["100", "100", "1700000060", "0"], parts[..4]);
        Assert.Equal("bob", parts[5]);
        Assert.Equal("sview:*", parts[6]);
        Assert.Equal(9, parts.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ParsesWhatItGenerates(int version)
    {
        var clock = new FakeTimeProvider(Now);
        var ks = version == 1
            ? KalturaSession.GenerateV1(Secret, 123, KsType.User, "carol", 100, "edit:0_x", clock)
            : KalturaSession.GenerateV2(Secret, 123, KsType.User, "carol", 100, "edit:0_x", clock);

        Assert.True(KalturaSession.TryReadPartnerId(ks, out var partnerId));
        Assert.Equal(123, partnerId);
        Assert.True(KalturaSession.TryParse(ks, Secret, out var info));
        Assert.Equal(version, info!.Version);
        Assert.Equal(123, info.PartnerId);
        Assert.Equal(1_700_000_100, info.ValidUntil);
        Assert.Equal(0, info.Type);
        Assert.False(info.IsAdmin);
        Assert.Equal("carol", info.UserId);
        Assert.True(info.HasPrivilege("edit", "0_x"));
        Assert.False(info.HasPrivilege("edit", "0_y"));
        Assert.False(info.IsExpiredAt(Now.AddSeconds(99)));
        Assert.True(info.IsExpiredAt(Now.AddSeconds(100)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RejectsAnotherSecret(int version)
    {
        var ks = version == 1
            ? KalturaSession.GenerateV1(Secret, 100, KsType.Admin)
            : KalturaSession.GenerateV2(Secret, 100, KsType.Admin);
        Assert.False(KalturaSession.TryParse(ks, "another-secret", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a ks")]
    [InlineData("djJ8MTAwfA==")]
    [InlineData("YWJj")]
    public void RejectsGarbage(string ks) => Assert.False(KalturaSession.TryParse(ks, Secret, out _));

    [Fact]
    public void RejectsATamperedV2()
    {
        var ks = KalturaSession.GenerateV2(Secret, 100, KsType.Admin).ToCharArray();
        ks[20] = ks[20] == 'A' ? 'B' : 'A';
        Assert.False(KalturaSession.TryParse(new string(ks), Secret, out _));
    }
}
