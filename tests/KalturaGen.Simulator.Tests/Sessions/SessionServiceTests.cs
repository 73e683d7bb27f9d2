using System.Text.Json;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator.Sessions;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Sessions;

/// <summary>session.start, session.end and how sessions are checked (reference §3).</summary>
public sealed class SessionServiceTests
{
    private static SimulatorOptions TwoPartners() => new()
    {
        Partners =
        [
            PartnerOptions.CreateDefault(),
            new PartnerOptions { Id = 200, AdminSecret = "admin-200", UserSecret = "user-200", KsVersion = 1, KsMaxExpirySeconds = 3600 },
            new PartnerOptions { Id = 300, AdminSecret = "admin-300", UserSecret = "user-300", Blocked = true },
        ],
    };

    [Fact]
    public async Task StartIssuesAV2KsThatWorks()
    {
        await using var api = await StartAsync();
        var ks = (await api.CallAsync("session", "start", ("ks", ""), ("secret", "simulator-admin-secret"), ("partnerId", "100"), ("type", "2"), ("userId", "admin@x"))).GetString()!;
        Assert.True(KalturaSession.TryParse(ks, "simulator-admin-secret", out var info));
        Assert.Equal(2, info!.Version);
        Assert.True(info.IsAdmin);
        Assert.Equal("admin@x", info.UserId);
        AssertObject(await api.CallAsync("uploadToken", "add", ("ks", ks)), "KalturaUploadToken");
    }

    [Fact]
    public async Task StartIssuesV1WhenThePartnerIsConfiguredForIt()
    {
        await using var api = await StartAsync(TwoPartners());
        var ks = (await api.CallAsync("session", "start", ("secret", "admin-200"), ("partnerId", "200"), ("type", "2"))).GetString()!;
        Assert.True(KalturaSession.TryParse(ks, "admin-200", out var info));
        Assert.Equal(1, info!.Version);
        AssertObject(await api.CallAsync("uploadToken", "add", ("ks", ks)), "KalturaUploadToken");
    }

    [Fact]
    public async Task LocallyBuiltV1AndV2SessionsAreAccepted()
    {
        await using var api = await StartAsync();
        var v1 = KalturaSession.GenerateV1("simulator-admin-secret", 100, KsType.Admin, clock: api.Clock);
        var v2 = KalturaSession.GenerateV2("simulator-admin-secret", 100, KsType.Admin, clock: api.Clock);
        AssertObject(await api.CallAsync("uploadToken", "list", ("ks", v1)), "KalturaUploadTokenListResponse");
        AssertObject(await api.CallAsync("uploadToken", "list", ("ks", v2)), "KalturaUploadTokenListResponse");
    }

    [Fact]
    public async Task V1SessionsAreAcceptedInTheUrlSafeAlphabet()
    {
        await using var api = await StartAsync();
        // A v1 KS is standard base64; the server turns '-' and '_' back into '+' and '/' before decoding.
        // Three '~' in a row put one at a byte whose low six bits encode as '+'.
        var v1 = KalturaSession.GenerateV1("simulator-admin-secret", 100, KsType.Admin, "a~~~b", clock: api.Clock);
        Assert.Contains('+', v1);
        var urlSafe = v1.Replace('+', '-').Replace('/', '_');
        AssertObject(await api.CallAsync("uploadToken", "list", ("ks", urlSafe)), "KalturaUploadTokenListResponse");
    }

    [Fact]
    public async Task UserSecretStartsOnlyUserSessions()
    {
        await using var api = await StartAsync();
        Assert.Equal(JsonValueKind.String, (await api.CallAsync("session", "start", ("secret", "simulator-user-secret"), ("partnerId", "100"), ("type", "0"))).ValueKind);
        var error = AssertError(await api.CallAsync("session", "start", ("secret", "simulator-user-secret"), ("partnerId", "100"), ("type", "2")), "START_SESSION_ERROR");
        Assert.Equal("Error while starting session for partner [100]", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("wrong", "100")]
    [InlineData("simulator-admin-secret", "999")]
    [InlineData("admin-300", "300")]
    public async Task WrongSecretUnknownOrBlockedPartnerFail(string secret, string partnerId)
    {
        await using var api = await StartAsync(TwoPartners());
        var error = AssertError(await api.CallAsync("session", "start", ("secret", secret), ("partnerId", partnerId)), "START_SESSION_ERROR");
        Assert.Equal(partnerId, error.GetProperty("args").GetProperty("PID").GetString());
    }

    [Fact]
    public async Task SecretIsMandatory()
    {
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("session", "start", ("partnerId", "100")), "MISSING_MANDATORY_PARAMETER");
    }

    [Fact]
    public async Task ExpiryIsCappedAtThePartnerMaximum()
    {
        await using var api = await StartAsync(TwoPartners());
        var ks = (await api.CallAsync("session", "start", ("secret", "admin-200"), ("partnerId", "200"), ("type", "2"), ("expiry", "999999"))).GetString()!;
        KalturaSession.TryParse(ks, "admin-200", out var info);
        Assert.Equal(api.Clock.GetUtcNow().ToUnixTimeSeconds() + 3600, info!.ValidUntil);
    }

    [Fact]
    public async Task ZeroExpiryGivesAnExpiredKsAsTheServerDoes()
    {
        await using var api = await StartAsync();
        var ks = (await api.CallAsync("session", "start", ("secret", "simulator-admin-secret"), ("partnerId", "100"), ("type", "2"), ("expiry", "0"))).GetString()!;
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("EXPIRED", error.GetProperty("args").GetProperty("KSID").GetString());
    }

    [Fact]
    public async Task SessionsExpireOnTheSimulatorClock()
    {
        await using var api = await StartAsync();
        var ks = api.CreateKs(expirySeconds: 60);
        AssertObject(await api.CallAsync("uploadToken", "list", ("ks", ks)), "KalturaUploadTokenListResponse");
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(60));
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"", error.GetProperty("message").GetString());
        Assert.Equal("-1", error.GetProperty("args").GetProperty("ERR_CODE").GetString());
        Assert.Equal("INVALID_STR", error.GetProperty("args").GetProperty("ERR_DESC").GetString());
    }

    [Fact]
    public async Task EndLogsTheSessionOut()
    {
        await using var api = await StartAsync();
        var ks = api.CreateKs();
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("session", "end", ("ks", ks))).ValueKind);
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("Invalid KS \"LOGOUT\", Error \"-1,INVALID_STR\"", error.GetProperty("message").GetString());
        AssertObject(await api.CallAsync("uploadToken", "list"), "KalturaUploadTokenListResponse");
    }

    [Fact]
    public async Task EndWithoutAKsAnswersNull()
    {
        await using var api = await StartAsync();
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("session", "end", ("ks", ""))).ValueKind);
    }

    [Fact]
    public async Task StartIgnoresAnyKsSent()
    {
        await using var api = await StartAsync();
        Assert.Equal(JsonValueKind.String, (await api.CallAsync("session", "start", ("ks", "expired-garbage"), ("secret", "simulator-admin-secret"), ("partnerId", "100"))).ValueKind);
    }

    [Fact]
    public async Task KsSignedWithAnotherSecretIsInvalid()
    {
        await using var api = await StartAsync();
        var forged = KalturaSession.GenerateV2("not-the-secret", 100, KsType.Admin);
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", forged)), "INVALID_KS");
        Assert.Equal(forged, error.GetProperty("args").GetProperty("KSID").GetString());
    }

    [Fact]
    public async Task KsOfAnUnknownPartnerIsInvalid()
    {
        await using var api = await StartAsync();
        var ks = KalturaSession.GenerateV2("simulator-admin-secret", 12345, KsType.Admin);
        AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
    }

    [Fact]
    public async Task IpRestrictionIsEnforced()
    {
        await using var api = await StartAsync();
        var ks = api.CreateKs(privileges: "iprestrict:10.9.8.7");
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("EXCEEDED_RESTRICTED_IP", error.GetProperty("args").GetProperty("KSID").GetString());
    }

    [Fact]
    public async Task UriRestrictionIsEnforced()
    {
        await using var api = await StartAsync();
        var ks = api.CreateKs(privileges: "urirestrict:/api_v3/service/uploadToken/*");
        AssertObject(await api.CallAsync("uploadToken", "list", ("ks", ks)), "KalturaUploadTokenListResponse");
        var error = AssertError(await api.CallAsync("media", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("EXCEEDED_RESTRICTED_URI", error.GetProperty("args").GetProperty("KSID").GetString());
        Assert.Equal("Invalid KS \"EXCEEDED_RESTRICTED_URI\", Error \"-1,INVALID_STR\"", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ActionsLimitIsEnforced()
    {
        await using var api = await StartAsync();
        var ks = api.CreateKs(privileges: "actionslimit:2");
        await api.CallAsync("uploadToken", "list", ("ks", ks));
        await api.CallAsync("uploadToken", "list", ("ks", ks));
        var error = AssertError(await api.CallAsync("uploadToken", "list", ("ks", ks)), "INVALID_KS");
        Assert.Equal("EXCEEDED_ACTIONS_LIMIT", error.GetProperty("args").GetProperty("KSID").GetString());
    }

    [Fact]
    public async Task PartnersAreIsolated()
    {
        await using var api = await StartAsync(TwoPartners());
        var entry = (await api.CallAsync("media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var other = api.CreateKs(partnerId: 200);
        AssertError(await api.CallAsAsync(other, "media", "get", ("entryId", entry)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsAsync(other, "media", "delete", ("entryId", entry)), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task UserSessionsCannotEditOtherUsersEntries()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(SessionKind.User, "alice");
        var bob = api.CreateKs(SessionKind.User, "bob");
        var entry = (await api.CallAsAsync(alice, "media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;

        var error = AssertError(await api.CallAsAsync(bob, "media", "update", ("entryId", entry), ("mediaEntry:name", "stolen")), "INVALID_KS");
        Assert.Equal("Invalid KS \"\", Error \"-4,INVALID_TYPE\"", error.GetProperty("message").GetString());
        Assert.Equal("alice", (await api.CallAsAsync(bob, "media", "get", ("entryId", entry))).GetProperty("userId").GetString());

        var editor = api.CreateKs(SessionKind.User, "bob", $"edit:{entry}");
        Assert.Equal("edited", (await api.CallAsAsync(editor, "media", "update", ("entryId", entry), ("mediaEntry:name", "edited"))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task OwnershipIsCaseInsensitiveAndSkippedForMissingEntries()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsAsync(api.CreateKs(SessionKind.User, "alice"), "media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var shouting = api.CreateKs(SessionKind.User, "ALICE");
        Assert.Equal("mine", (await api.CallAsAsync(shouting, "media", "update", ("entryId", entry), ("mediaEntry:name", "mine"))).GetProperty("name").GetString());
        AssertError(await api.CallAsAsync(shouting, "media", "update", ("entryId", "0_missing"), ("mediaEntry:name", "x")), "ENTRY_ID_NOT_FOUND");

        var anonymous = AssertError(await api.CallAsync("media", "delete", ("ks", ""), ("partnerId", "100"), ("entryId", entry)), "INVALID_KS");
        Assert.Equal("Invalid KS \"\", Error \"-4,INVALID_TYPE\"", anonymous.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UserSessionsListOnlyTheirEntriesUnlessListAll()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(SessionKind.User, "alice");
        await api.CallAsAsync(alice, "media", "add", ("entry:mediaType", "1"));
        await api.CallAsync("media", "add", ("entry:mediaType", "1"));
        var filter = ("filter:statusIn", "7");
        Assert.Equal(1, (await api.CallAsAsync(alice, "media", "list", filter)).GetProperty("totalCount").GetInt32());
        Assert.Equal(2, (await api.CallAsAsync(api.CreateKs(SessionKind.User, "alice", "list:*"), "media", "list", filter)).GetProperty("totalCount").GetInt32());
        Assert.Equal(2, (await api.CallAsync("media", "list", filter)).GetProperty("totalCount").GetInt32());
    }


    [Fact]
    public async Task UserSessionsListOtherUsersEntriesWhenTheFilterNamesThem()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(SessionKind.User, "alice");
        var bobs = (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:userId", "bob"), ("entry:referenceId", "ref-b")))
            .GetProperty("id").GetString()!;
        int Total(JsonElement list) => list.GetProperty("totalCount").GetInt32();

        Assert.Equal(0, Total(await api.CallAsAsync(alice, "media", "list", ("filter:statusIn", "7"))));
        Assert.Equal(1, Total(await api.CallAsAsync(alice, "media", "list", ("filter:idEqual", bobs))));
        Assert.Equal(1, Total(await api.CallAsAsync(alice, "media", "list", ("filter:idIn", bobs), ("filter:statusIn", "7"))));
        Assert.Equal(1, Total(await api.CallAsAsync(alice, "media", "list", ("filter:referenceIdEqual", "ref-b"), ("filter:statusIn", "7"))));
        Assert.Equal(1, Total(await api.CallAsAsync(alice, "media", "list", ("filter:referenceIdIn", "x,ref-b"), ("filter:statusIn", "7"))));
        Assert.Equal(0, Total(await api.CallAsAsync(alice, "media", "list", ("filter:userIdEqual", "bob"), ("filter:statusIn", "7"))));
    }

    [Fact]
    public async Task UserSessionsCannotGiveEntriesToOthers()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(SessionKind.User, "alice");
        var error = AssertError(await api.CallAsAsync(alice, "media", "add", ("entry:mediaType", "1"), ("entry:userId", "bob")), "INVALID_KS");
        Assert.Equal("-4", error.GetProperty("args").GetProperty("ERR_CODE").GetString());
        Assert.Equal("bob", (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:userId", "bob"))).GetProperty("userId").GetString());
    }
}
