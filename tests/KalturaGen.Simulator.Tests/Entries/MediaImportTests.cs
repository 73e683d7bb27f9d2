using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>addFromUrl, addFromEntry, addFromFlavorAsset, convert and bulkUploadAdd (reference §5.5).</summary>
public sealed class MediaImportTests
{
    [Fact]
    public async Task AddFromUrlFetchesTheUrlThenConverts()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(30_000);
        var url = await api.OriginalUrlAsync(await api.ReadyVideoAsync(data));

        var entry = await api.CallAsync("media", "addFromUrl", ("mediaEntry:objectType", "KalturaMediaEntry"), ("mediaEntry:name", "Imported from URL"), ("mediaEntry:mediaType", "1"), ("url", url));
        var id = entry.GetProperty("id").GetString()!;
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.Equal(5, entry.GetProperty("sourceType").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await api.StatusAsync(id));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(id));
    }

    [Fact]
    public async Task AddFromUrlOfAFailingUrlEndsInErrorImporting()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "addFromUrl", ("mediaEntry:mediaType", "1"), ("url", "http://localhost/p/100/sp/10000/serveFlavor/entryId/0_none/flavorId/0_none/name/a.mp4"));
        var id = entry.GetProperty("id").GetString()!;
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(-2, await api.StatusAsync(id));
    }

    [Fact]
    public async Task AddFromUrlOfAnImageIsImmediate()
    {
        await using var api = await StartAsync();
        var ok = await api.CallAsync("media", "addFromUrl", ("mediaEntry:mediaType", "2"), ("url", await api.OriginalUrlAsync(await api.ReadyVideoAsync(TestData.Bytes(100)))));
        Assert.Equal(2, ok.GetProperty("status").GetInt32());
        var bad = await api.CallAsync("media", "addFromUrl", ("mediaEntry:mediaType", "2"), ("url", "ftp://nowhere/x.jpg"));
        Assert.Equal(-2, bad.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AddFromUrlValidatesLikeAdd()
    {
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("media", "addFromUrl", ("mediaEntry:name", "x"), ("url", "http://localhost/x")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        AssertError(await api.CallAsync("media", "addFromUrl", ("mediaEntry:mediaType", "1")), "MISSING_MANDATORY_PARAMETER");
    }

    [Fact]
    public async Task AddFromEntryCopiesMetadataAndContent()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(4000);
        var source = await api.ReadyVideoAsync(data, "Original");
        await api.CallAsync("media", "update", ("entryId", source), ("mediaEntry:description", "desc"), ("mediaEntry:tags", "t1"));

        var copy = await api.CallAsync("media", "addFromEntry", ("sourceEntryId", source), ("mediaEntry:objectType", "KalturaMediaEntry"), ("mediaEntry:name", "Copy of Original"));
        var id = copy.GetProperty("id").GetString()!;
        Assert.Equal("Copy of Original", copy.GetProperty("name").GetString());
        Assert.Equal("desc", copy.GetProperty("description").GetString());
        Assert.Equal(6, copy.GetProperty("sourceType").GetInt32());
        Assert.Equal(1, copy.GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(id));
    }

    [Fact]
    public async Task AddFromEntryErrors()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "addFromEntry", ("sourceEntryId", "0_none")), "ENTRY_ID_NOT_FOUND");
        Assert.Equal("0_none", error.GetProperty("args").GetProperty("ENTRY_ID").GetString());
        AssertError(await api.CallAsync("media", "addFromEntry", ("sourceEntryId", await api.NewMediaAsync())), "ORIGINAL_FLAVOR_ASSET_IS_MISSING");
        var ready = await api.ReadyVideoAsync([1, 2, 3]);
        AssertError(await api.CallAsync("media", "addFromEntry", ("sourceEntryId", ready), ("sourceFlavorParamsId", "999")), "FLAVOR_PARAMS_NOT_FOUND");
        var rendition = await api.CallAsync("media", "addFromEntry", ("sourceEntryId", ready), ("sourceFlavorParamsId", "487041"));
        AssertObject(rendition, "KalturaMediaEntry");
    }

    [Fact]
    public async Task AddFromFlavorAssetUsesThatFlavor()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(999);
        var source = await api.ReadyVideoAsync(data);
        var flavor = (await api.FlavorsAsync(source)).First(f => !f.GetProperty("isOriginal").GetBoolean()).GetProperty("id").GetString()!;
        var copy = await api.CallAsync("media", "addFromFlavorAsset", ("sourceFlavorAssetId", flavor));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(copy.GetProperty("id").GetString()!));
        var empty = (await api.CallAsync("flavorAsset", "add", ("entryId", await api.NewMediaAsync()), ("flavorAsset:flavorParamsId", "487041"))).GetProperty("id").GetString()!;
        AssertError(await api.CallAsync("media", "addFromFlavorAsset", ("sourceFlavorAssetId", empty)), "ORIGINAL_FLAVOR_ASSET_NOT_CREATED");
        var error = AssertError(await api.CallAsync("media", "addFromFlavorAsset", ("sourceFlavorAssetId", "0_nope")), "FLAVOR_ASSET_ID_NOT_FOUND");
        Assert.Equal("Flavor asset id \"0_nope\" not found", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ConvertRecreatesRenditionsAndAnswersAJobId()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync(TestData.Bytes(100));
        var job = await api.CallAsync("media", "convert", ("entryId", id));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, job.ValueKind);
        var flavors = await api.FlavorsAsync(id);
        Assert.Equal(4, flavors.Count(f => f.GetProperty("status").GetInt32() == 1));
        Assert.Equal(2, await api.StatusAsync(id));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.All(await api.FlavorsAsync(id), f => Assert.Equal(2, f.GetProperty("status").GetInt32()));
        AssertError(await api.CallAsync("media", "convert", ("entryId", id), ("conversionProfileId", "42")), "CONVERSION_PROFILE_ID_NOT_FOUND");
        AssertError(await api.CallAsync("media", "convert", ("entryId", await api.NewMediaAsync())), "ORIGINAL_FLAVOR_ASSET_IS_MISSING");
    }

    [Fact]
    public async Task BulkUploadCreatesEntriesFromCsvRows()
    {
        await using var api = await StartAsync();
        var url = await api.OriginalUrlAsync(await api.ReadyVideoAsync(TestData.Bytes(500)));
        var before = (await api.CallAsync("media", "count", ("filter:statusIn", "0,2,-2"))).GetInt32();
        var csv = $"*action,title,description,tags,url,mediaType\n1,Video Title,Description,\"tag1,tag2\",{url},1\n1,Another,Other,\"tag3\",http://localhost/missing.mp4,1\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "fileData", "bulk.csv" },
        };
        var job = Parse(await (await api.Http.PostAsync("/api_v3/service/media/action/bulkUploadAdd", content)).Content.ReadAsStringAsync());
        AssertObject(job, "KalturaBulkUpload");
        Assert.Equal(2, job.GetProperty("numOfEntries").GetInt32());
        Assert.Equal("bulkUploadCsv.CSV", job.GetProperty("bulkUploadType").GetString());
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(2));
        Assert.Equal(before + 2, (await api.CallAsync("media", "count", ("filter:statusIn", "0,2,-2"))).GetInt32()); // the job reached PROCESSING
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var titled = await api.CallAsync("media", "list", ("filter:nameEqual", "Video Title"));
        Assert.Equal("tag1,tag2", titled.GetProperty("objects")[0].GetProperty("tags").GetString());
        Assert.Equal(1, (await api.CallAsync("media", "list", ("filter:statusEqual", "-2"))).GetProperty("totalCount").GetInt32());
    }

}
