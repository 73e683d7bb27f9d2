using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Bulk.BulkFiles;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Bulk;

/// <summary>
/// media.bulkUploadAdd with Kaltura's ingestion XML, posted as multipart like curl -F; the job followed through
/// bulk.get (<c>BulkUploadEngineXml::handleChannel</c>, <c>BulkService::getAction</c>).
/// </summary>
public sealed class BulkXmlTests
{
    private const int Rendition = 487041;

    [Fact]
    public async Task EveryConstructIsProcessedIntoEntriesWithOneResultPerItem()
    {
        await using var api = await StartAsync();
        var fromUrl = TestData.Bytes(40_000);
        var fromToken = TestData.Bytes(20_000, seed: 7);
        var url = await api.OriginalUrlAsync(await api.ReadyVideoAsync(fromUrl));
        var token = await api.UploadFileAsync(fromToken, "token.mp4");
        var updated = await api.ReadyVideoAsync(TestData.Bytes(100), "before");
        var deleted = await api.NewMediaAsync();
        var file = Mrss(
            $"""
            <item><action>add</action><type>1</type><referenceId>ref-url</referenceId><name>From URL</name>
              <description>Imported by bulk XML</description><tags><tag>one</tag><tag>two</tag></tags>
              <categories><category>Shows&gt;Season 1</category><category>Archive</category></categories>
              <media><mediaType>1</mediaType></media>
              <contentAssets><content><urlContentResource url="{url}"/></content></contentAssets>
              <thumbnails><thumbnail isDefault="true"><urlContentResource url="{url}"/></thumbnail></thumbnails></item>
            """,
            $"""<item><action>add</action><type>1</type><referenceId>ref-token</referenceId><name>From token</name><media><mediaType>1</mediaType></media><contentAssets><content><uploadedFileContentResource fileToken="{token}"/></content></contentAssets></item>""",
            $"""
            <item><action>add</action><type>1</type><referenceId>ref-flavors</referenceId><name>Flavors</name><media><mediaType>1</mediaType></media>
              <contentAssets><content flavorParamsId="0"><urlContentResource url="{url}"/></content><content flavorParamsId="{Rendition}"><urlContentResource url="{url}"/></content></contentAssets></item>
            """,
            $"<item><action>update</action><entryId>{updated}</entryId><name>after</name><tags><tag>renamed</tag></tags></item>",
            $"<item><action>delete</action><entryId>{deleted}</entryId></item>",
            "<item><action>update</action><entryId>0_missing</entryId><name>nobody</name></item>");

        var job = AssertObject(await PostAsync(api, file), "KalturaBulkUpload");
        Assert.Equal(0, job.GetProperty("status").GetInt32()); // PENDING
        Assert.Equal("bulkUploadXml.XML", job.GetProperty("bulkUploadType").GetString());
        Assert.Equal(6, job.GetProperty("numOfEntries").GetInt32());

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await StatusAsync(api, job)); // QUEUED
        Assert.Equal(0, await CountByReferenceAsync(api, "ref-url"));

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        var processing = await GetAsync(api, job);
        Assert.Equal(2, processing.GetProperty("status").GetInt32()); // PROCESSING
        Assert.Equal(1, await CountByReferenceAsync(api, "ref-url"));

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        var done = await GetAsync(api, job);
        Assert.Equal(12, done.GetProperty("status").GetInt32()); // FINISHED_PARTIALLY
        var results = done.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], results.Select(r => r.GetProperty("lineIndex").GetInt32()));
        Assert.All(results, r => Assert.Equal("KalturaBulkUploadResultEntry", r.GetProperty("objectType").GetString()));
        Assert.Equal(["2", "2", "2", "2", "2", "1"], results.Select(r => r.GetProperty("status").ToString()));
        Assert.Equal(["1", "1", "1", "2", "3", "2"], results.Select(r => r.GetProperty("action").ToString()));
        Assert.Equal("ENTRY_ID_NOT_FOUND", results[5].GetProperty("errorCode").GetString());
        Assert.Equal("Entry id \"0_missing\" not found", results[5].GetProperty("errorDescription").GetString());
        Assert.True(results[0].GetProperty("thumbnailSaved").GetBoolean());
        Assert.Contains("<referenceId>ref-url</referenceId>", results[0].GetProperty("rowData").GetString());

        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var byUrl = results[0].GetProperty("entryId").GetString()!;
        var entry = await api.CallAsync("media", "get", ("entryId", byUrl));
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal("From URL", entry.GetProperty("name").GetString());
        Assert.Equal("Imported by bulk XML", entry.GetProperty("description").GetString());
        Assert.Equal("one,two", entry.GetProperty("tags").GetString());
        Assert.Equal("Shows>Season 1,Archive", entry.GetProperty("categories").GetString());
        Assert.Equal("ref-url", entry.GetProperty("referenceId").GetString());
        Assert.Equal(TestData.Sha256(fromUrl), await api.OriginalSha256Async(byUrl));

        var byToken = results[1].GetProperty("entryId").GetString()!;
        Assert.Equal(2, await api.StatusAsync(byToken));
        Assert.Equal(TestData.Sha256(fromToken), await api.OriginalSha256Async(byToken));
        Assert.Equal(3, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("status").GetInt32()); // CLOSED

        var flavors = await api.FlavorsAsync(results[2].GetProperty("entryId").GetString()!);
        Assert.Contains(flavors, f => f.GetProperty("flavorParamsId").GetInt32() == Rendition && f.GetProperty("status").GetInt32() == 2);

        var renamed = await api.CallAsync("media", "get", ("entryId", updated));
        Assert.Equal("after", renamed.GetProperty("name").GetString());
        Assert.Equal("renamed", renamed.GetProperty("tags").GetString());
        AssertError(await api.CallAsync("media", "get", ("entryId", deleted)), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task AJobOfAnotherPartnerIsNotFound()
    {
        await using var api = await StartAsync(new SimulatorOptions { Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200 }] });
        var job = await PostAsync(api, Mrss(AddItem("mine")));

        var other = await api.CallAsAsync(api.CreateKs(partnerId: 200), "bulkUpload_bulk", "get", ("id", job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        AssertError(other, "BULK_UPLOAD_NOT_FOUND");
    }

    [Fact]
    public async Task AnItemWhoseTokenIsUnknownFailsAloneAndCreatesNothing()
    {
        await using var api = await StartAsync();
        var job = await PostAsync(api, Mrss(
            AddItem("fine"),
            """<item><action>add</action><type>1</type><name>orphan</name><media><mediaType>1</mediaType></media><contentAssets><content><uploadedFileContentResource fileToken="0_nosuchtoken"/></content></contentAssets></item>"""));

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));
        var done = await GetAsync(api, job);

        Assert.Equal(12, done.GetProperty("status").GetInt32());
        var failed = done.GetProperty("results")[1];
        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", failed.GetProperty("errorCode").GetString());
        Assert.Equal(4, failed.GetProperty("errorType").GetInt32()); // KALTURA_API
        Assert.Equal(1, await EntryCountAsync(api));
    }

    [Fact]
    public async Task AnUpdateWithContentReplacesTheEntrysContent()
    {
        await using var api = await StartAsync();
        var entry = await api.ReadyVideoAsync(TestData.Bytes(1_000));
        var replacement = TestData.Bytes(2_000, seed: 3);
        var token = await api.UploadFileAsync(replacement, "new.mp4");

        var job = await PostAsync(api, Mrss($"""<item><action>update</action><entryId>{entry}</entryId><contentAssets><content><uploadedFileContentResource fileToken="{token}"/></content></contentAssets></item>"""));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));
        Assert.Equal(5, await StatusAsync(api, job));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));

        Assert.Equal(TestData.Sha256(replacement), await api.OriginalSha256Async(entry));
    }

    [Fact]
    public async Task AUserMayNotDeleteAnotherUsersEntryThroughABulkFile()
    {
        await using var api = await StartAsync();
        var alice = api.CreateKs(KalturaGen.Simulator.Sessions.SessionKind.User, "alice");
        var entry = (await api.CallAsAsync(alice, "media", "add", ("entry:mediaType", "1"), ("entry:name", "alice's"))).GetProperty("id").GetString()!;

        var job = await PostAsync(api, Mrss($"<item><action>delete</action><entryId>{entry}</entryId></item>"), ks: api.CreateKs(KalturaGen.Simulator.Sessions.SessionKind.User, "bob"));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));
        var done = await GetAsync(api, job);

        Assert.Equal("INVALID_KS", done.GetProperty("results")[0].GetProperty("errorCode").GetString()); // KalturaDispatcher::validateUser
        Assert.Equal(7, await api.StatusAsync(entry));
    }

    [Fact]
    public async Task AFileWithOnlyGoodItemsFinishes()
    {
        await using var api = await StartAsync();
        var job = await PostAsync(api, Mrss(AddItem("a"), AddItem("b")));

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));

        Assert.Equal(5, await StatusAsync(api, job)); // FINISHED
        Assert.Equal(2, await EntryCountAsync(api));
    }

    private static async Task<int> CountByReferenceAsync(SimulatorApi api, string referenceId) =>
        (await api.CallAsync("baseEntry", "listByReferenceId", ("refId", referenceId))).GetProperty("totalCount").GetInt32();
}
