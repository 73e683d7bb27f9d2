using System.Text.Json;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>
/// Who a session is. Every KS user id, "" included, is a user of its partner
/// (<c>KalturaBaseService::getKuser</c> calls <c>kuserPeer::createKuserForPartner(partnerId, ks->user)</c>),
/// so a userless USER KS is the partner's "" user: <c>KalturaDispatcher::validateUser</c> compares
/// <c>getPuserId()</c> with <c>kCurrentContext::$ks_uid</c> ("" = "") and
/// <c>UploadTokenService::restrictPeerToCurrentUser</c> compares kuser ids, so it owns what any userless
/// session (an admin's too) created, and nothing of a named user.
/// </summary>
public sealed class SessionUserTests
{
    [Fact]
    public async Task AUserlessUserSessionOwnsWhatUserlessSessionsCreatedAndNothingElse()
    {
        await using var api = await StartAsync();
        var userless = api.CreateKs(SessionKind.User);
        var alice = api.CreateKs(SessionKind.User, "alice");
        var adminsEntry = await api.NewMediaAsync();
        var adminsToken = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        var alicesEntry = (await api.CallAsAsync(alice, "media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var alicesToken = (await api.CallAsAsync(alice, "uploadToken", "add")).GetProperty("id").GetString()!;

        Assert.Equal("", (await api.CallAsAsync(userless, "uploadToken", "get", ("uploadTokenId", adminsToken))).GetProperty("userId").GetString());
        Assert.Equal("mine", (await api.CallAsAsync(userless, "media", "update", ("entryId", adminsEntry), ("mediaEntry:name", "mine"))).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, (await api.CallAsAsync(userless, "media", "delete", ("entryId", adminsEntry))).ValueKind);

        AssertError(await api.CallAsAsync(userless, "media", "delete", ("entryId", alicesEntry)), "INVALID_KS");
        AssertError(await api.CallAsAsync(userless, "uploadToken", "get", ("uploadTokenId", alicesToken)), "UPLOAD_TOKEN_NOT_FOUND");
        var other = await api.NewMediaAsync();
        AssertError(await api.CallAsAsync(alice, "media", "delete", ("entryId", other)), "INVALID_KS");
        AssertError(await api.CallAsAsync(alice, "uploadToken", "get", ("uploadTokenId", adminsToken)), "UPLOAD_TOKEN_NOT_FOUND");
    }

    // kUploadedFileTokenResource: the token is read with UploadTokenPeer::retrieveByPK, without
    // restrictPeerToCurrentUser, so a finished token of another user of the partner can be attached.
    [Fact]
    public async Task AnotherUsersFinishedTokenCanBeAttachedButNotAnotherPartners()
    {
        var world = await IsolationWorld.StartAsync();
        await using var api = world.Api;
        var alicesToken = await world.CallerTokenAsync(new Caller("alice", world.AliceKs), "alice.mp4");
        var bobsEntry = (await api.CallAsAsync(world.OtherUser.Ks, "media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;

        var attached = await api.CallAsAsync(world.OtherUser.Ks, "media", "addContent", ("entryId", bobsEntry),
            ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", alicesToken));
        Assert.Equal(1, AssertObject(attached, "KalturaMediaEntry").GetProperty("status").GetInt32());
        Assert.Equal(3, (await api.CallAsAsync(world.AliceKs, "uploadToken", "get", ("uploadTokenId", alicesToken))).GetProperty("status").GetInt32());

        var otherPartnersEntry = (await api.CallAsAsync(world.OtherPartnerAdmin.Ks, "media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var secondToken = await world.CallerTokenAsync(new Caller("alice", world.AliceKs), "again.mp4");
        AssertError(await api.CallAsAsync(world.OtherPartnerAdmin.Ks, "media", "addContent", ("entryId", otherPartnersEntry),
            ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", secondToken)), "UPLOAD_TOKEN_NOT_FOUND");
    }
}
