using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Bulk.BulkFiles;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Bulk;

/// <summary>
/// Bulk XML files the engine cannot use: the call is accepted (the server validates in the batch,
/// <c>BulkUploadEngineXml::validate</c>), then the job FAILS on the clock with the engine's error (errorType APP,
/// errorNumber from KalturaBatchJobAppErrors) and nothing of the file is applied, not even its good items.
/// </summary>
public sealed class BrokenBulkXmlTests
{
    public static TheoryData<string, string, int, string> BrokenFiles() => new()
    {
        { "not well-formed", "<mrss><channel><item><name>x</item></channel></mrss>", 72, "is not well-formed XML" },
        { "wrong root", "<rss><channel><item><name>x</name></item></channel></rss>", 72, "Element 'rss': No matching global declaration available for the validation root." },
        { "no channel", "<mrss><item/></mrss>", 72, "Expected is ( channel )" },
        { "no item", "<mrss><channel/></mrss>", 76, "None of the uploaded items were processed successfully" },
        { "unknown action", Mrss(AddItem("good"), "<item><action>merge</action><name>x</name></item>"), 77, "Action: merge is not supported" },
        { "update without entryId", Mrss(AddItem("good"), "<item><action>update</action><name>x</name></item>"), 78, "Missing entry id element" },
        { "delete without entryId", Mrss(AddItem("good"), "<item><action>delete</action></item>"), 78, "Missing entry id element" },
        { "mediaType not a number", Mrss("<item><action>add</action><name>x</name><media><mediaType>video</mediaType></media></item>"), 72, "must be integers" },
        { "content without a resource", Mrss("<item><action>add</action><media><mediaType>1</mediaType></media><contentAssets><content/></contentAssets></item>"), 72, "urlContentResource" },
        {
            "XXE external entity",
            "<?xml version=\"1.0\"?><!DOCTYPE mrss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><mrss><channel><item><action>add</action><name>&xxe;</name><media><mediaType>1</mediaType></media></item></channel></mrss>",
            72, "DOCTYPE is not allowed"
        },
        {
            "entity expansion",
            "<?xml version=\"1.0\"?><!DOCTYPE mrss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><mrss><channel><item><name>&b;</name></item></channel></mrss>",
            72, "DOCTYPE is not allowed"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task ABrokenFileFailsTheJobAndCreatesNothing(string what, string file, int errorNumber, string error)
    {
        await using var api = await StartAsync();
        var job = AssertObject(await PostAsync(api, file), "KalturaBulkUpload");
        Assert.Equal(0, job.GetProperty("status").GetInt32());

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await StatusAsync(api, job));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        var failed = await GetAsync(api, job);

        Assert.Equal(6, failed.GetProperty("status").GetInt32()); // FAILED
        Assert.Equal(0, failed.GetProperty("errorType").GetInt32()); // APP
        Assert.Equal(errorNumber, failed.GetProperty("errorNumber").GetInt32());
        Assert.Contains(error, failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(failed.GetProperty("results").EnumerateArray());
        Assert.True(0 == await EntryCountAsync(api), what);
    }

    [Fact]
    public async Task AValidationFailureNamesTheJob()
    {
        await using var api = await StartAsync();
        var job = await PostAsync(api, "<mrss>");
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));

        var failed = await GetAsync(api, job);

        Assert.StartsWith($"Validate files failed on job [{job.GetProperty("id").GetInt64()}], ", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedWithUploadErrorAndQueuesNoJob()
    {
        await using var api = await StartAsync(new SimulatorOptions { Limits = new SimulatorLimits { MaxBulkFileBytes = 1024 } });
        var file = Mrss(Enumerable.Range(0, 50).Select(i => AddItem($"item {i}")).ToArray());

        AssertError(await PostAsync(api, file), "UPLOAD_ERROR");
        AssertObject(await PostAsync(api, Mrss(AddItem("small"))), "KalturaBulkUpload");

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await EntryCountAsync(api));
    }

    [Fact]
    public async Task AMissingJobIsNotFound()
    {
        await using var api = await StartAsync();

        var error = AssertError(await api.CallAsync("bulkUpload_bulk", "get", ("id", "999999")), "BULK_UPLOAD_NOT_FOUND");

        Assert.Equal("Bulk upload id \"999999\" not found", error.GetProperty("message").GetString());
    }
}
