using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>Entry lists: defaults, filters, order, pager and the 10,000 limit (reference §6).</summary>
public sealed class EntryListTests
{
    [Fact]
    public async Task ListsShowOnlyReadyEntriesByDefault()
    {
        await using var api = await StartAsync();
        var ready = await api.ReadyVideoAsync([1]);
        await api.NewMediaAsync();
        var list = await api.CallAsync("media", "list");
        Assert.Equal("KalturaMediaListResponse", list.GetProperty("objectType").GetString());
        Assert.Equal(ready, list.GetProperty("objects").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Equal(2, (await api.CallAsync("media", "list", ("filter:statusIn", "2,7"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, await Count(api, ("filter:statusNotEqual", "2")));
    }

    [Fact]
    public async Task DeletedEntriesShowOnlyWhenAsked()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync([1]);
        await api.CallAsync("media", "delete", ("entryId", id));
        Assert.Equal(0, (await api.CallAsync("media", "list")).GetProperty("totalCount").GetInt32());
        var deleted = await api.CallAsync("media", "list", ("filter:statusEqual", "3"));
        Assert.Equal(3, deleted.GetProperty("objects")[0].GetProperty("status").GetInt32());
        // QUIRK (reproduced): idEqual switches the default status filter off, so the deleted entry shows.
        Assert.Equal(1, (await api.CallAsync("media", "list", ("filter:idEqual", id))).GetProperty("totalCount").GetInt32());
        AssertError(await api.CallAsync("media", "get", ("entryId", id)), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task FiltersByNameTagsMediaTypeAndDates()
    {
        await using var api = await StartAsync();
        var a = (await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "Alpha lecture"), ("entry:tags", "api,upload,demo"))).GetProperty("id").GetString()!;
        api.Simulator.AdvanceTime(TimeSpan.FromHours(1));
        var b = (await api.CallAsync("media", "add", ("entry:mediaType", "5"), ("entry:name", "Beta podcast"), ("entry:tags", "audio"))).GetProperty("id").GetString()!;
        var all = ("filter:statusIn", "7");
        Assert.Equal(a, await Single(api, all, ("filter:nameLike", "lecture")));
        Assert.Equal(a, await Single(api, all, ("filter:tagsMultiLikeOr", "upload,nothing")));
        Assert.Equal(0, await Count(api, all, ("filter:tagsMultiLikeAnd", "upload,nothing")));
        Assert.Equal(b, await Single(api, all, ("filter:mediaTypeEqual", "5")));
        Assert.Equal(b, await Single(api, all, ("filter:createdAtGreaterThanOrEqual", "-1800")));
        Assert.Equal(a, await Single(api, all, ("filter:idNotIn", b)));
        Assert.Equal(b, await Single(api, all, ("filter:freeText", "podcast")));
    }

    [Fact]
    public async Task SearchTextMatchesWordsOfTheNameDescriptionTagsAndAdminTags()
    {
        await using var api = await StartAsync();
        await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "Harbour at dawn"), ("entry:tags", "boats"));
        await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "City"), ("entry:description", "night traffic"), ("entry:adminTags", "archive"));
        async Task<string[]> Names(string filter, string value) =>
            (await api.CallAsync("media", "list", ("filter:statusIn", "7"), ("filter:orderBy", "+name"), ($"filter:{filter}", value)))
                .GetProperty("objects").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();

        Assert.Equal(["Harbour at dawn"], await Names("searchTextMatchOr", "dawn"));
        Assert.Equal(["City", "Harbour at dawn"], await Names("searchTextMatchOr", "boats,archive"));
        Assert.Equal(["City"], await Names("searchTextMatchOr", "night traffic"));
        Assert.Equal(["City"], await Names("searchTextMatchAnd", "traffic,archive"));
        Assert.Empty(await Names("searchTextMatchAnd", "traffic,boats"));
        Assert.Empty(await Names("searchTextMatchOr", "daw"));
    }

    [Fact]
    public async Task OrdersAndPages()
    {
        await using var api = await StartAsync();
        foreach (var name in new[] { "b", "c", "a" })
        {
            await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", name));
        }

        var byName = await api.CallAsync("media", "list", ("filter:statusIn", "7"), ("filter:orderBy", "+name,+nonsense"));
        Assert.Equal(["a", "b", "c"], byName.GetProperty("objects").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray());
        var page = await api.CallAsync("media", "list", ("filter:statusIn", "7"), ("filter:orderBy", "-name"), ("pager:pageSize", "1"), ("pager:pageIndex", "2"));
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("b", page.GetProperty("objects")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task PageSizeIsCappedAtFiveHundred()
    {
        await using var api = await StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await api.NewMediaAsync();
        }

        Assert.Equal(3, (await api.CallAsync("media", "list", ("filter:statusIn", "7"), ("pager:pageSize", "100000"))).GetProperty("objects").GetArrayLength());
    }


    [Fact]
    public async Task TheCappedPageSizeSetsTheOffsetOfLaterPages()
    {
        await using var api = await StartAsync();
        await api.NewMediaAsync();

        // 100000 would put page 2 past the 10,000-match limit; capped to 500 it is an empty page.
        var second = await api.CallAsync("media", "list", ("filter:statusIn", "7"), ("pager:pageSize", "100000"), ("pager:pageIndex", "2"));
        Assert.Equal(1, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, second.GetProperty("objects").GetArrayLength());
    }

    [Fact]
    public async Task OffsetsAtTenThousandExceedMaxMatches()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("baseEntry", "list", ("pager:pageSize", "500"), ("pager:pageIndex", "21")), "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED");
        Assert.Equal("Unable to generate list. max matches value was reached", error.GetProperty("message").GetString());
        AssertObject(await api.CallAsync("baseEntry", "list", ("pager:pageSize", "500"), ("pager:pageIndex", "20")), "KalturaBaseEntryListResponse");
    }

    [Fact]
    public async Task APageAcrossTheLimitIsCutAtIt()
    {
        await using var api = await StartAsync();
        await api.Simulator.Admin.SeedEntriesAsync(10_100);

        // SphinxCriteria: max_matches = min(offset + limit, 10,000), so rows 9,900 to 9,999 only.
        var straddling = await api.CallAsync("media", "list", ("pager:pageSize", "300"), ("pager:pageIndex", "34"));
        Assert.Equal(100, straddling.GetProperty("objects").GetArrayLength());
        Assert.Equal(10_100, straddling.GetProperty("totalCount").GetInt32());
        AssertError(await api.CallAsync("media", "list", ("pager:pageSize", "300"), ("pager:pageIndex", "35")), "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED");
    }

    [Fact]
    public async Task EachServiceListsItsOwnTypes()
    {
        await using var api = await StartAsync();
        await api.ReadyVideoAsync([1]);
        await api.CallAsync("data", "add", ("dataEntry:name", "d"));
        Assert.Equal(1, (await api.CallAsync("media", "list")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("data", "list")).GetProperty("totalCount").GetInt32());
        Assert.Equal("KalturaDataListResponse", (await api.CallAsync("data", "list")).GetProperty("objectType").GetString());
        var all = await api.CallAsync("baseEntry", "list");
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.Contains(all.GetProperty("objects").EnumerateArray(), e => e.GetProperty("objectType").GetString() == "KalturaDataEntry");
        Assert.Equal(1, (await api.CallAsync("media", "count")).GetInt32());
    }

    [Fact]
    public async Task DataAndDocumentListsOverwriteTheCallersTypeEqual()
    {
        await using var api = await StartAsync();
        await api.ReadyVideoAsync([1]);
        await api.CallAsync("data", "add", ("dataEntry:name", "d"));
        await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"), ("entry:name", "doc"));

        var data = await api.CallAsync("data", "list", ("filter:typeEqual", "1"));
        Assert.Equal("d", data.GetProperty("objects").EnumerateArray().Single().GetProperty("name").GetString());
        var documents = await api.CallAsync("document_documents", "list", ("filter:typeEqual", "1"), ("filter:statusIn", "7"));
        Assert.Equal("doc", documents.GetProperty("objects").EnumerateArray().Single().GetProperty("name").GetString());
    }

    [Fact]
    public async Task PendingModerationAndSystemEntriesAreHidden()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync([1]);
        api.Simulator.Runtime.State.Entries[id].ModerationStatus = 1;
        Assert.Equal(0, (await api.CallAsync("media", "list")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("media", "list", ("filter:moderationStatusEqual", "1"))).GetProperty("totalCount").GetInt32());
    }

    private static async Task<int> Count(SimulatorApi api, params (string, string)[] filter) =>
        (await api.CallAsync("media", "list", filter)).GetProperty("totalCount").GetInt32();

    private static async Task<string> Single(SimulatorApi api, params (string, string)[] filter)
    {
        var list = await api.CallAsync("media", "list", filter);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        return list.GetProperty("objects")[0].GetProperty("id").GetString()!;
    }
}
