using System.Text.Json;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.UploadTokens;

/// <summary>uploadToken add, get, delete and list (reference §4.1 – §4.6).</summary>
public sealed class UploadTokenServiceTests
{
    [Fact]
    public async Task AddCreatesAPendingTokenWithoutUploadedSize()
    {
        await using var api = await StartAsync();
        var token = AssertObject(await api.CallAsync("uploadToken", "add", ("uploadToken[fileName]", "my_video.mp4"), ("uploadToken[fileSize]", "15728640")), "KalturaUploadToken");

        Assert.Matches("^0_[0-9a-f]{32}$", token.GetProperty("id").GetString());
        Assert.Equal(0, token.GetProperty("status").GetInt32());
        Assert.Equal(100, token.GetProperty("partnerId").GetInt32());
        Assert.Equal("my_video.mp4", token.GetProperty("fileName").GetString());
        Assert.Equal(15728640, token.GetProperty("fileSize").GetDouble());
        Assert.False(token.TryGetProperty("uploadedFileSize", out _));
    }

    [Fact]
    public async Task AddWithoutAnObjectWorks()
    {
        await using var api = await StartAsync();
        AssertObject(await api.CallAsync("uploadToken", "add"), "KalturaUploadToken");
    }

    [Fact]
    public async Task AddRejectsReadOnlyProperties()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("uploadToken", "add", ("uploadToken:status", "2")), "PROPERTY_VALIDATION_NOT_UPDATABLE");
        Assert.Equal("The property \"KalturaUploadToken::status\" cannot be updated", error.GetProperty("message").GetString());
        Assert.Equal("KalturaUploadToken::status", error.GetProperty("args").GetProperty("PROP_NAME").GetString());
    }

    [Fact]
    public async Task AutoFinalizeNeedsAFileSize()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("uploadToken", "add", ("uploadToken:autoFinalize", "1")), "UPLOAD_TOKEN_MISSING_FILE_SIZE");
        Assert.Equal("FileSize is mandatory when enabling autoFinalize", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("args").ValueKind);
    }

    [Fact]
    public async Task GetOfAnUnknownTokenIsNotFound()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("uploadToken", "get", ("uploadTokenId", "0_nope")), "UPLOAD_TOKEN_NOT_FOUND");
        Assert.Equal("Upload token not found", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DeleteAnswersNullAndHidesTheTokenFromEveryAction()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;

        var response = await api.PostFormAsync("/api_v3/service/uploadToken/action/delete", [("ks", api.Ks), ("format", "1"), ("uploadTokenId", id)]);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());

        AssertError(await api.CallAsync("uploadToken", "get", ("uploadTokenId", id)), "UPLOAD_TOKEN_NOT_FOUND");
        AssertError(await api.UploadAsync(id, [1, 2, 3]), "UPLOAD_TOKEN_NOT_FOUND");
        AssertError(await api.CallAsync("uploadToken", "delete", ("uploadTokenId", id)), "UPLOAD_TOKEN_NOT_FOUND");
        var list = await api.CallAsync("uploadToken", "list", ("filter:statusEqual", "5"));
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task UserSessionsSeeOnlyTheirOwnTokens()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(SessionKind.User, "alice");
        var bob = api.CreateKs(SessionKind.User, "bob", "list:*");
        var aliceToken = (await api.CallAsAsync(alice, "uploadToken", "add")).GetProperty("id").GetString()!;
        await api.CallAsAsync(bob, "uploadToken", "add");

        Assert.Equal("alice", (await api.CallAsAsync(alice, "uploadToken", "get", ("uploadTokenId", aliceToken))).GetProperty("userId").GetString());
        AssertError(await api.CallAsAsync(bob, "uploadToken", "get", ("uploadTokenId", aliceToken)), "UPLOAD_TOKEN_NOT_FOUND");
        AssertError(await api.UploadAsync(aliceToken, [1], ks: bob), "UPLOAD_TOKEN_NOT_FOUND");
        AssertError(await api.CallAsAsync(bob, "uploadToken", "delete", ("uploadTokenId", aliceToken)), "UPLOAD_TOKEN_NOT_FOUND");
        Assert.Equal(1, (await api.CallAsAsync(bob, "uploadToken", "list")).GetProperty("totalCount").GetInt32());
        Assert.Equal(2, (await api.CallAsync("uploadToken", "list")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task OtherPartnersTokensAreNotFound()
    {
        await using var api = await StartAsync(new SimulatorOptions
        {
            Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200, AdminSecret = "secret-200", UserSecret = "user-200" }],
        });
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        var other = api.CreateKs(partnerId: 200);
        AssertError(await api.CallAsAsync(other, "uploadToken", "get", ("uploadTokenId", id)), "UPLOAD_TOKEN_NOT_FOUND");
        Assert.Equal(0, (await api.CallAsAsync(other, "uploadToken", "list")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ListFiltersByIdStatusAndFileName()
    {
        await using var api = await StartAsync();
        var a = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "a.mp4"))).GetProperty("id").GetString()!;
        var b = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "b.mp4"), ("uploadToken:fileSize", "3"))).GetProperty("id").GetString()!;
        await api.UploadAsync(b, [1, 2, 3], "b.mp4", finalChunk: false);

        Assert.Equal(a, Single(await api.CallAsync("uploadToken", "list", ("filter:idEqual", a))));
        Assert.Equal(2, (await api.CallAsync("uploadToken", "list", ("filter:idIn", $"{a},{b}"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(b, Single(await api.CallAsync("uploadToken", "list", ("filter:statusEqual", "1"))));
        Assert.Equal(a, Single(await api.CallAsync("uploadToken", "list", ("filter:statusIn", "0,2"))));
        Assert.Equal(a, Single(await api.CallAsync("uploadToken", "list", ("filter:fileNameEqual", "a.mp4"))));
        Assert.Equal(b, Single(await api.CallAsync("uploadToken", "list", ("filter:fileSizeEqual", "3"))));
        Assert.Equal(0, (await api.CallAsync("uploadToken", "list", ("filter:userIdEqual", "nobody"))).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ListFiltersByTheCreatingUser()
    {
        await using var api = await StartAsync();
        var alices = (await api.CallAsAsync(api.CreateKs(SessionKind.User, "alice"), "uploadToken", "add")).GetProperty("id").GetString()!;
        await api.CallAsAsync(api.CreateKs(SessionKind.User, "bob"), "uploadToken", "add");
        await api.CallAsync("uploadToken", "add");

        var list = await api.CallAsync("uploadToken", "list", ("filter:userIdEqual", "alice"));
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(alices, list.GetProperty("objects")[0].GetProperty("id").GetString());
        Assert.Equal("alice", list.GetProperty("objects")[0].GetProperty("userId").GetString());
    }

    [Fact]
    public async Task FileNameFilterWithoutStatusExcludesClosedTokens()
    {
        await using var api = await StartAsync();
        var id = await api.UploadFileAsync(TestData.Bytes(10), "same.mp4");
        var entry = await api.CallAsync("media", "add", ("entry:mediaType", "1"));
        await api.CallAsync("media", "addContent", ("entryId", entry.GetProperty("id").GetString()!), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", id));

        Assert.Equal(0, (await api.CallAsync("uploadToken", "list", ("filter:fileNameEqual", "same.mp4"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("uploadToken", "list", ("filter:fileNameEqual", "same.mp4"), ("filter:statusEqual", "3"))).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task FileNameFilterWithPartialStatusKeepsOnlyTokensUpdatedWithinSevenDays()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "old.mp4"))).GetProperty("id").GetString()!;
        await api.UploadAsync(id, [1], "old.mp4", finalChunk: false);
        api.Simulator.AdvanceTime(TimeSpan.FromDays(8));

        Assert.Equal(0, (await api.CallAsync("uploadToken", "list", ("filter:fileNameEqual", "old.mp4"), ("filter:statusEqual", "1"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("uploadToken", "list", ("filter:statusEqual", "1"))).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ListPagesAndOrdersByCreation()
    {
        await using var api = await StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!);
            api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        var page = await api.CallAsync("uploadToken", "list", ("filter:orderBy", "-createdAt"), ("pager:pageSize", "2"), ("pager:pageIndex", "2"));
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([ids[2], ids[1]], page.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray());

        var all = await api.CallAsync("uploadToken", "list", ("pager:pageSize", "0"));
        Assert.Equal(5, all.GetProperty("objects").GetArrayLength());
        var empty = await api.CallAsync("uploadToken", "list", ("pager:pageIndex", "9"));
        Assert.Equal(0, empty.GetProperty("objects").GetArrayLength());
        Assert.Equal("KalturaUploadTokenListResponse", empty.GetProperty("objectType").GetString());
    }

    private static string Single(JsonElement list)
    {
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        return list.GetProperty("objects")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task ListPagesThirtyByDefault()
    {
        await using var api = await StartAsync();
        for (var i = 0; i < 31; i++)
        {
            await api.CallAsync("uploadToken", "add");
        }

        var list = await api.CallAsync("uploadToken", "list");
        Assert.Equal(31, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(30, list.GetProperty("objects").GetArrayLength());
        var negative = await api.CallAsync("uploadToken", "list", ("pager:pageSize", "-5"), ("pager:pageIndex", "-3"));
        Assert.Equal(31, negative.GetProperty("objects").GetArrayLength());
    }

}
