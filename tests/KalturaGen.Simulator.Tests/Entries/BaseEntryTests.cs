using System.Text.Json;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>The baseEntry service (reference §5.6).</summary>
public sealed class BaseEntryTests
{
    [Theory]
    [InlineData("KalturaMediaEntry", 1)]
    [InlineData("KalturaDataEntry", 6)]
    [InlineData("KalturaDocumentEntry", 10)]
    public async Task AddTakesTheTypeFromTheClassAndStartsInNoContent(string objectType, int type)
    {
        await using var api = await StartAsync();
        var entry = AssertObject(await api.CallAsync("baseEntry", "add", ("entry:objectType", objectType), ("entry:name", "n")), objectType);
        Assert.Equal(type, entry.GetProperty("type").GetInt32());
        Assert.Equal(7, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AddTypeParameterOverridesAndUnsupportedTypesFail()
    {
        await using var api = await StartAsync();
        AssertObject(await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaBaseEntry"), ("type", "6")), "KalturaDataEntry");
        var error = AssertError(await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaBaseEntry"), ("type", "5")), "ENTRY_TYPE_NOT_SUPPORTED");
        Assert.Equal("Entry type \"5\" not supported", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AddContentGoesToTheEntryTypesService()
    {
        await using var api = await StartAsync();
        var data = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDataEntry"), ("entry:type", "6"))).GetProperty("id").GetString()!;
        var text = "{\"config\":true}"u8.ToArray();
        var entry = await api.AddTokenContentAsync(data, await api.UploadFileAsync(text, "config.json"), "baseEntry");
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal("{\"config\":true}", entry.GetProperty("dataContent").GetString());

        var media = await api.NewMediaAsync();
        Assert.Equal(1, (await api.AddTokenContentAsync(media, await api.UploadFileAsync([1], "m.mp4"), "baseEntry")).GetProperty("status").GetInt32());
        AssertError(await api.AddTokenContentAsync(media, await api.UploadFileAsync([1], "m.mp4"), "baseEntry"), "ENTRY_ALREADY_WITH_CONTENT");
        AssertError(await api.AddTokenContentAsync("0_none", "0_none", "baseEntry"), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task AutomaticEntriesTakeTheirTypeFromTheFile()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaBaseEntry"), ("entry:type", "-1"))).GetProperty("id").GetString()!;
        var entry = await api.AddTokenContentAsync(id, await api.UploadFileAsync([1, 2], "clip.mov"), "baseEntry");
        AssertObject(entry, "KalturaMediaEntry");
        Assert.Equal(1, entry.GetProperty("mediaType").GetInt32());
    }

    [Fact]
    public async Task GetByIdsReturnsTheFoundEntriesInOrder()
    {
        await using var api = await StartAsync();
        var a = await api.NewMediaAsync();
        var b = (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;
        var result = await api.CallAsync("baseEntry", "getByIds", ("entryIds", $"{b},0_missing,{a}"));
        Assert.Equal(JsonValueKind.Array, result.ValueKind);
        Assert.Equal([b, a], result.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("KalturaDataEntry", result[0].GetProperty("objectType").GetString());
    }

    [Fact]
    public async Task ListByReferenceIdFindsEveryStatusButRecycled()
    {
        await using var api = await StartAsync();
        var a = (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:referenceId", "cms-42"))).GetProperty("id").GetString()!;
        var b = (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:referenceId", "cms-42"))).GetProperty("id").GetString()!;
        await api.CallAsync("baseEntry", "recycle", ("entryId", b));
        var list = await api.CallAsync("baseEntry", "listByReferenceId", ("refId", "cms-42"));
        Assert.Equal("KalturaBaseEntryListResponse", list.GetProperty("objectType").GetString());
        Assert.Equal(a, list.GetProperty("objects").EnumerateArray().Single().GetProperty("id").GetString());
        AssertError(await api.CallAsync("baseEntry", "listByReferenceId", ("refId", "")), "MISSING_MANDATORY_PARAMETER");
    }

    [Fact]
    public async Task CloneKeepsStatusAndCopiesContent()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(700);
        var source = await api.ReadyVideoAsync(data);
        var clone = await api.CallAsync("baseEntry", "clone", ("entryId", source));
        var id = clone.GetProperty("id").GetString()!;
        Assert.NotEqual(source, id);
        Assert.Equal(2, clone.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(id));
    }

    [Fact]
    public async Task CloneOptionsExcludeFlavorsAndUsers()
    {
        await using var api = await StartAsync();
        var source = (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:userId", "owner"))).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(source, await api.UploadFileAsync([1], "a.mp4"));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var clone = await api.CallAsync("baseEntry", "clone", ("entryId", source),
            ("cloneOptions:0:objectType", "KalturaBaseEntryCloneOptionComponent"), ("cloneOptions:0:itemType", "6"), ("cloneOptions:0:rule", "1"),
            ("cloneOptions:1:objectType", "KalturaBaseEntryCloneOptionComponent"), ("cloneOptions:1:itemType", "1"), ("cloneOptions:1:rule", "1"));
        Assert.Equal(7, clone.GetProperty("status").GetInt32());
        Assert.Equal("", clone.GetProperty("userId").GetString());
        Assert.Empty(await api.FlavorsAsync(clone.GetProperty("id").GetString()!));
        AssertError(await api.CallAsync("baseEntry", "clone", ("entryId", "0_none")), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task CloneOfAConvertingEntryReceivesTheContentLater()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(50);
        var source = await api.NewMediaAsync();
        await api.AddTokenContentAsync(source, await api.UploadFileAsync(data, "a.mp4"));
        var clone = (await api.CallAsync("baseEntry", "clone", ("entryId", source))).GetProperty("id").GetString()!;
        Assert.Equal(1, await api.StatusAsync(clone));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await api.StatusAsync(clone));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(clone));
    }

    [Fact]
    public async Task RecycleAndRestore()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync([1]);
        var recycled = await api.CallAsync("baseEntry", "recycle", ("entryId", id));
        Assert.Equal(-2, recycled.GetProperty("displayInSearch").GetInt32());
        Assert.Equal(2, recycled.GetProperty("status").GetInt32());
        Assert.Equal(0, (await api.CallAsync("media", "list")).GetProperty("totalCount").GetInt32());
        AssertObject(await api.CallAsync("media", "get", ("entryId", id)), "KalturaMediaEntry");
        AssertError(await api.CallAsync("baseEntry", "recycle", ("entryId", id)), "INVALID_ENTRY_STATUS_FOR_RECYCLE");

        var restored = await api.CallAsync("baseEntry", "restoreRecycled", ("entryId", id));
        Assert.Equal(1, restored.GetProperty("displayInSearch").GetInt32());
        Assert.Equal(1, (await api.CallAsync("media", "list")).GetProperty("totalCount").GetInt32());
        var error = AssertError(await api.CallAsync("baseEntry", "restoreRecycled", ("entryId", id)), "INVALID_ENTRY_STATUS_FOR_RESTORE");
        Assert.Equal("Only entry in displayInStatus RECYCLED can be restored", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RecycleNeedsTheFeature()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.Features = [];
        await using var api = await StartAsync(new SimulatorOptions { Partners = [partner] });
        var error = AssertError(await api.CallAsync("baseEntry", "recycle", ("entryId", await api.NewMediaAsync())), "FEATURE_RECYCLE_BIN_DISABLED");
        Assert.Equal("Feature recycle bin is disabled for partner", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RecyclingADeletedEntryRecyclesItThenReportsNotFound()
    {
        await using var api = await StartAsync();
        var id = await api.NewMediaAsync();
        await api.CallAsync("baseEntry", "delete", ("entryId", id));
        AssertError(await api.CallAsync("baseEntry", "recycle", ("entryId", id)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("baseEntry", "recycle", ("entryId", id)), "INVALID_ENTRY_STATUS_FOR_RECYCLE");
    }

    [Fact]
    public async Task DeleteIsOwnerOnlyForUserSessions()
    {
        await using var api = await StartAsync();
        var owner = api.CreateKs(SessionKind.User, "owner");
        var id = (await api.CallAsAsync(owner, "media", "add", ("entry:mediaType", "1"), ("entry:entitledUsersEdit", "editor"))).GetProperty("id").GetString()!;
        var editor = api.CreateKs(SessionKind.User, "editor");
        AssertObject(await api.CallAsAsync(editor, "media", "update", ("entryId", id), ("mediaEntry:name", "ok")), "KalturaMediaEntry");
        AssertError(await api.CallAsAsync(editor, "baseEntry", "delete", ("entryId", id)), "INVALID_KS");
        var response = await api.PostFormAsync("/api_v3/service/baseEntry/action/delete", [("ks", owner), ("format", "1"), ("entryId", id)]);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
        AssertError(await api.CallAsync("baseEntry", "get", ("entryId", id)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("baseEntry", "delete", ("entryId", id)), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task ExportHasNoStorageProfiles()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("baseEntry", "export", ("entryId", await api.NewMediaAsync()), ("storageProfileId", "5")), "STORAGE_PROFILE_ID_NOT_FOUND");
        Assert.Equal("Storage profile id 5 not found", error.GetProperty("message").GetString());
        AssertError(await api.CallAsync("baseEntry", "export", ("entryId", "0_none"), ("storageProfileId", "5")), "ENTRY_ID_NOT_FOUND");
    }
}
