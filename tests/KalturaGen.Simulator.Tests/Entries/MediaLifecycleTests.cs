using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>media.add and addContent with the entry, token and flavor state machines (reference §4.7, §5.2, §5.3).</summary>
public sealed class MediaLifecycleTests
{
    [Fact]
    public async Task AddStartsInNoContent()
    {
        await using var api = await StartAsync();
        var entry = AssertObject(await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "My Uploaded Video")), "KalturaMediaEntry");
        Assert.Matches("^0_[0-9a-z]{8}$", entry.GetProperty("id").GetString());
        Assert.Equal(7, entry.GetProperty("status").GetInt32());
        Assert.Equal(1, entry.GetProperty("mediaType").GetInt32());
        Assert.Equal(1, entry.GetProperty("type").GetInt32());
    }


    [Fact]
    public async Task AddWithoutANameNamesTheEntryAfterThePartnerAndTheCreationTime()
    {
        await using var api = await StartAsync();
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(17));
        var entry = AssertObject(await api.CallAsync("media", "add", ("entry:mediaType", "1")), "KalturaMediaEntry");
        var now = api.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(now, entry.GetProperty("createdAt").GetInt64());
        Assert.Equal($"100_{now}", entry.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AddNeedsAMediaType()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "add", ("entry:name", "x")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        Assert.Equal("The property \"KalturaMediaEntry::mediaType\" cannot be null", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AddRejectsReadOnlyAndAdminOnlyProperties()
    {
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:id", "0_mine")), "PROPERTY_VALIDATION_NOT_UPDATABLE");
        var user = api.CreateKs(SessionKind.User, "u");
        var error = AssertError(await api.CallAsAsync(user, "media", "add", ("entry:mediaType", "1"), ("entry:adminTags", "x")), "PROPERTY_VALIDATION_ADMIN_PROPERTY");
        Assert.Equal("The property \"KalturaMediaEntry::adminTags\" is updatable with admin session only", error.GetProperty("message").GetString());
        AssertError(await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:startDate", "2000000000"), ("entry:endDate", "1900000000")), "INVALID_ENTRY_SCHEDULE_DATES");
    }

    [Fact]
    public async Task OnlyAdminSessionsMayNameUnknownCategories()
    {
        await using var api = await StartAsync();
        var user = api.CreateKs(SessionKind.User, "u");
        var error = AssertError(await api.CallAsAsync(user, "media", "add", ("entry:mediaType", "1"), ("entry:categories", "news")), "PROPERTY_VALIDATION_ADMIN_PROPERTY");
        Assert.Equal("The property \"KalturaMediaEntry::categories\" is updatable with admin session only", error.GetProperty("message").GetString());
        AssertObject(await api.CallAsAsync(user, "media", "add", ("entry:mediaType", "1"), ("entry:tags", "news")), "KalturaMediaEntry");
        Assert.Equal("news", (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:categories", "news"))).GetProperty("categories").GetString());
    }

    [Fact]
    public async Task UpdateRefusesChangedReadOnlyAndInsertOnlyPropertiesButAcceptsUnchangedOnes()
    {
        await using var api = await StartAsync();
        var id = await api.NewMediaAsync();
        var mediaType = AssertError(await api.CallAsync("media", "update", ("entryId", id), ("mediaEntry:mediaType", "2")), "PROPERTY_VALIDATION_NOT_UPDATABLE");
        Assert.Equal("The property \"KalturaMediaEntry::mediaType\" cannot be updated", mediaType.GetProperty("message").GetString());
        AssertError(await api.CallAsync("media", "update", ("entryId", id), ("mediaEntry:status", "2")), "PROPERTY_VALIDATION_NOT_UPDATABLE");

        var updated = await api.CallAsync("media", "update", ("entryId", id), ("mediaEntry:mediaType", "1"), ("mediaEntry:status", "7"), ("mediaEntry:name", "renamed"));
        Assert.Equal("renamed", updated.GetProperty("name").GetString());
        Assert.Equal(7, updated.GetProperty("status").GetInt32());
        AssertError(await api.CallAsync("media", "update", ("entryId", "0_missing"), ("mediaEntry:name", "x")), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task FullTokenConvertsToReadyWithFlavorsAndClosesTheToken()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(200_000);
        var entryId = await api.NewMediaAsync();
        var token = await api.UploadFileAsync(data, "video.mp4");

        var attached = await api.AddTokenContentAsync(entryId, token);
        Assert.Equal(1, attached.GetProperty("status").GetInt32());
        Assert.Equal(3, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("status").GetInt32());
        var converting = await api.FlavorsAsync(entryId);
        Assert.Equal(5, converting.Count);
        Assert.Contains(converting, f => f.GetProperty("status").GetInt32() == 1);

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(4));
        Assert.Equal(1, await api.StatusAsync(entryId));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await api.StatusAsync(entryId));
        var flavors = await api.FlavorsAsync(entryId);
        Assert.All(flavors, f => Assert.Equal(2, f.GetProperty("status").GetInt32()));
        Assert.Single(flavors, f => f.GetProperty("isOriginal").GetBoolean());
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(entryId));
        var entry = await api.CallAsync("media", "get", ("entryId", entryId));
        Assert.Equal("0,487041,487051,487061,487071", entry.GetProperty("flavorParamsIds").GetString());
    }

    [Fact]
    public async Task PendingTokenPutsTheEntryInImportUntilTheUploadCompletes()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(50_000);
        var entryId = await api.NewMediaAsync();
        var token = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "late.mp4"))).GetProperty("id").GetString()!;

        Assert.Equal(0, (await api.AddTokenContentAsync(entryId, token)).GetProperty("status").GetInt32());
        var tokenState = await api.CallAsync("uploadToken", "get", ("uploadTokenId", token));
        Assert.Equal("flavorAsset", tokenState.GetProperty("attachedObjectType").GetString());
        Assert.Equal(7, (await api.FlavorsAsync(entryId)).Single().GetProperty("status").GetInt32());

        await api.UploadAsync(token, data[..20_000], "late.mp4", finalChunk: false);
        Assert.Equal(0, await api.StatusAsync(entryId));
        await api.UploadAsync(token, data[20_000..], "late.mp4", resume: true, resumeAt: 20_000, finalChunk: true);
        Assert.Equal(1, await api.StatusAsync(entryId));
        Assert.Equal(3, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await api.StatusAsync(entryId));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(entryId));
    }

    [Fact]
    public async Task ImagesAreReadyAtOnce()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(1000);
        var entryId = await api.NewMediaAsync(2);
        var token = await api.UploadFileAsync(data, "photo.jpg");
        Assert.Equal(2, (await api.AddTokenContentAsync(entryId, token)).GetProperty("status").GetInt32());
        var download = (await api.CallAsync("media", "get", ("entryId", entryId))).GetProperty("downloadUrl").GetString()!;
        Assert.Equal(TestData.Sha256(data), await api.DownloadSha256Async(download));
    }

    [Fact]
    public async Task PendingImageWaitsOnTheEntryItself()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync(2);
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(entryId, token);
        Assert.Equal("entry", (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("attachedObjectType").GetString());
        await api.UploadAsync(token, [1, 2, 3], "p.png");
        Assert.Equal(2, await api.StatusAsync(entryId));
    }

    [Fact]
    public async Task APendingTokenFillsAMissingMediaTypeFromItsDeclaredFileName()
    {
        await using var api = await StartAsync();
        // baseEntry.add does not require a mediaType; attaching a not-ready token takes it from the token's file name.
        var entryId = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaMediaEntry"))).GetProperty("id").GetString()!;
        var token = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "still.jpg"))).GetProperty("id").GetString()!;

        var attached = await api.AddTokenContentAsync(entryId, token, "baseEntry");
        Assert.Equal(2, attached.GetProperty("mediaType").GetInt32());
        Assert.Equal(0, attached.GetProperty("status").GetInt32());
        var waiting = await api.CallAsync("uploadToken", "get", ("uploadTokenId", token));
        Assert.Equal("entry", waiting.GetProperty("attachedObjectType").GetString());
        Assert.Equal(entryId, waiting.GetProperty("attachedObjectId").GetString());
    }

    [Fact]
    public async Task ContentCanBeAddedOnlyOnce()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        await api.AddTokenContentAsync(entryId, await api.UploadFileAsync([1], "a.mp4"));
        var error = AssertError(await api.AddTokenContentAsync(entryId, await api.UploadFileAsync([2], "b.mp4")), "ENTRY_ALREADY_WITH_CONTENT");
        Assert.Equal("Entry already associated with content", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ANullResourceReturnsTheEntryUnchanged()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        Assert.Equal(7, (await api.CallAsync("media", "addContent", ("entryId", entryId))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task MissingEntryOrTokenAndTokenlessResourcesFail()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        AssertError(await api.AddTokenContentAsync("0_nothere", "0_x"), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.AddTokenContentAsync(entryId, "0_missing"), "UPLOAD_TOKEN_NOT_FOUND");
        var error = AssertError(await api.CallAsync("media", "addContent", ("entryId", entryId), ("resource:objectType", "KalturaUploadedFileTokenResource")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        Assert.Equal("KalturaUploadedFileTokenResource::token", error.GetProperty("args").GetProperty("PROP_NAME").GetString());
    }

    [Fact]
    public async Task AFullTokenWhoseFileIsGoneIsNotFoundByToken()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        var token = await api.UploadFileAsync([1, 2], "gone.mp4");
        api.Simulator.Runtime.State.Tokens[token].File!.Delete();
        AssertError(await api.AddTokenContentAsync(entryId, token), "UPLOADED_FILE_NOT_FOUND_BY_TOKEN");
    }

    [Fact]
    public async Task ReusingAClosedTokenLeavesTheEntryInImport()
    {
        await using var api = await StartAsync();
        var token = await api.UploadFileAsync([1, 2, 3], "once.mp4");
        await api.AddTokenContentAsync(await api.NewMediaAsync(), token);
        var second = await api.NewMediaAsync();
        Assert.Equal(0, (await api.AddTokenContentAsync(second, token)).GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromDays(1));
        Assert.Equal(0, await api.StatusAsync(second));
    }

    [Fact]
    public async Task UnsupportedResourcesFailAndMarkTheEntry()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        AssertError(await api.CallAsync("media", "addContent", ("entryId", entryId), ("resource:objectType", "KalturaRemoteStorageResource"), ("resource:url", "http://x/y")), "RESOURCE_TYPE_NOT_SUPPORTED");
        Assert.Equal(-2, await api.StatusAsync(entryId));
    }

    [Fact]
    public async Task InjectedConversionFailureEndsInErrorConverting()
    {
        await using var api = await StartAsync();
        await api.Simulator.Admin.FailNextConversionsAsync(1);
        var entryId = await api.NewMediaAsync();
        await api.AddTokenContentAsync(entryId, await api.UploadFileAsync([1, 2, 3], "bad.mp4"));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(-1, await api.StatusAsync(entryId));
        var flavors = await api.FlavorsAsync(entryId);
        Assert.All(flavors.Where(f => !f.GetProperty("isOriginal").GetBoolean()), f => Assert.Equal(-1, f.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task AFailedUploadFailsTheWaitingEntry()
    {
        await using var api = await StartAsync();
        var entryId = await api.NewMediaAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(entryId, token);
        AssertError(await api.UploadAsync(token, [1], "dir/", finalChunk: true), "UPLOAD_ERROR");
        Assert.Equal(-2, await api.StatusAsync(entryId));
    }

    [Fact]
    public async Task UrlResourceImportsThenConverts()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(10_000);
        var source = await api.ReadyVideoAsync(data, "source");
        var original = (await api.FlavorsAsync(source)).Single(f => f.GetProperty("isOriginal").GetBoolean());
        var url = (await api.CallAsync("flavorAsset", "getUrl", ("id", original.GetProperty("id").GetString()!))).GetString()!;

        var entryId = await api.NewMediaAsync();
        var attached = await api.CallAsync("media", "addContent", ("entryId", entryId), ("resource:objectType", "KalturaUrlResource"), ("resource:url", url));
        Assert.Equal(0, attached.GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await api.StatusAsync(entryId));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(5));
        Assert.Equal(2, await api.StatusAsync(entryId));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(entryId));
    }
}
