using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Assets;

/// <summary>The flavorAsset service.</summary>
public sealed class FlavorAssetTests
{
    [Fact]
    public async Task GetUrlServesTheExactBytesOfEveryFlavor()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(12345);
        var id = await api.ReadyVideoAsync(data);
        foreach (var flavor in await api.FlavorsAsync(id))
        {
            var url = (await api.CallAsync("flavorAsset", "getUrl", ("id", flavor.GetProperty("id").GetString()!))).GetString()!;
            Assert.StartsWith("http://localhost/p/100/sp/10000/serveFlavor/entryId/", url);
            Assert.Equal(TestData.Sha256(data), await api.DownloadSha256Async(url));
        }
    }

    [Fact]
    public async Task GetAndErrors()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync([1]);
        var flavor = (await api.FlavorsAsync(id))[0];
        var got = AssertObject(await api.CallAsync("flavorAsset", "get", ("id", flavor.GetProperty("id").GetString()!)), "KalturaFlavorAsset");
        Assert.Equal(id, got.GetProperty("entryId").GetString());
        var error = AssertError(await api.CallAsync("flavorAsset", "get", ("id", "0_none")), "FLAVOR_ASSET_ID_NOT_FOUND");
        Assert.Equal("0_none", error.GetProperty("args").GetProperty("ID").GetString());
        AssertError(await api.CallAsync("flavorAsset", "export", ("assetId", flavor.GetProperty("id").GetString()!), ("storageProfileId", "1")), "STORAGE_PROFILE_ID_NOT_FOUND");
    }

    [Fact]
    public async Task GetUrlOfAConvertingFlavorIsNotReady()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        await api.AddTokenContentAsync(entry, await api.UploadFileAsync([1], "a.mp4"));
        var converting = (await api.FlavorsAsync(entry)).First(f => f.GetProperty("status").GetInt32() == 1);
        AssertError(await api.CallAsync("flavorAsset", "getUrl", ("id", converting.GetProperty("id").GetString()!)), "FLAVOR_ASSET_IS_NOT_READY");
    }

    [Fact]
    public async Task AddAndSetContentGiveACustomRendition()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var added = await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:objectType", "KalturaFlavorAsset"), ("flavorAsset:flavorParamsId", "487041"));
        Assert.Equal(0, added.GetProperty("status").GetInt32());
        var assetId = added.GetProperty("id").GetString()!;
        var data = TestData.Bytes(333);
        var set = await api.CallAsync("flavorAsset", "setContent", ("id", assetId), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", await api.UploadFileAsync(data, "r.mp4")));
        Assert.Equal(2, set.GetProperty("status").GetInt32());
        Assert.Equal(2, await api.StatusAsync(entry));
        var url = (await api.CallAsync("flavorAsset", "getUrl", ("id", assetId))).GetString()!;
        Assert.Equal(TestData.Sha256(data), await api.DownloadSha256Async(url));
    }

    [Fact]
    public async Task SetContentWithAPendingTokenWaitsForTheUpload()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var assetId = (await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487051"))).GetProperty("id").GetString()!;
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        Assert.Equal(7, (await api.CallAsync("flavorAsset", "setContent", ("id", assetId), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", token))).GetProperty("status").GetInt32());
        await api.UploadAsync(token, [5, 6], "r.mp4");
        Assert.Equal(2, (await api.CallAsync("flavorAsset", "get", ("id", assetId))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AddErrors()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var first = (await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487041"))).GetProperty("id").GetString()!;
        var error = AssertError(await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487041")), "FLAVOR_ASSET_ALREADY_EXISTS");
        Assert.Equal(first, error.GetProperty("args").GetProperty("ASSET_ID").GetString());
        AssertError(await api.CallAsync("flavorAsset", "add", ("entryId", "0_none"), ("flavorAsset:flavorParamsId", "0")), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task ConvertReconvertSetAsSourceAndDelete()
    {
        await using var api = await StartAsync();
        var entry = await api.ReadyVideoAsync([1, 2]);
        var flavors = await api.FlavorsAsync(entry);
        var original = flavors.Single(f => f.GetProperty("isOriginal").GetBoolean()).GetProperty("id").GetString()!;
        var rendition = flavors.First(f => !f.GetProperty("isOriginal").GetBoolean()).GetProperty("id").GetString()!;

        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("flavorAsset", "reconvert", ("id", rendition))).ValueKind);
        Assert.Equal(1, (await api.CallAsync("flavorAsset", "get", ("id", rendition))).GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await api.CallAsync("flavorAsset", "get", ("id", rendition))).GetProperty("status").GetInt32());
        AssertError(await api.CallAsync("flavorAsset", "reconvert", ("id", original)), "FLAVOR_ASSET_RECONVERT_ORIGINAL");

        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("flavorAsset", "convert", ("entryId", entry), ("flavorParamsId", "487061"))).ValueKind);
        AssertError(await api.CallAsync("flavorAsset", "convert", ("entryId", entry), ("flavorParamsId", "4")), "FLAVOR_PARAMS_ID_NOT_FOUND");

        await api.CallAsync("flavorAsset", "setAsSource", ("assetId", rendition));
        Assert.True((await api.CallAsync("flavorAsset", "get", ("id", rendition))).GetProperty("isOriginal").GetBoolean());

        await api.CallAsync("flavorAsset", "delete", ("id", rendition));
        AssertError(await api.CallAsync("flavorAsset", "get", ("id", rendition)), "FLAVOR_ASSET_ID_NOT_FOUND");
    }

    [Fact]
    public async Task FlavorAssetsWithParamsPairsEveryParams()
    {
        await using var api = await StartAsync();
        var entry = await api.ReadyVideoAsync([1]);
        var result = await api.CallAsync("flavorAsset", "getFlavorAssetsWithParams", ("entryId", entry));
        Assert.Equal(5, result.GetArrayLength());
        Assert.All(result.EnumerateArray(), item =>
        {
            Assert.Equal("KalturaFlavorAssetWithParams", item.GetProperty("objectType").GetString());
            Assert.Equal(item.GetProperty("flavorParams").GetProperty("id").GetInt32(), item.GetProperty("flavorAsset").GetProperty("flavorParamsId").GetInt32());
        });
    }

    [Fact]
    public async Task ListFiltersByEntryAndStatus()
    {
        await using var api = await StartAsync();
        var a = await api.ReadyVideoAsync([1]);
        var b = await api.ReadyVideoAsync([2]);
        Assert.Equal(10, (await api.CallAsync("flavorAsset", "list", ("filter:entryIdIn", $"{a},{b}"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(5, (await api.CallAsync("flavorAsset", "list", ("filter:entryIdEqual", a))).GetProperty("totalCount").GetInt32());
        // flavorParamsIdEqual belongs to KalturaFlavorAssetFilter: without that objectType it is ignored, as on the server.
        Assert.Equal(5, (await api.CallAsync("flavorAsset", "list", ("filter:entryIdEqual", a), ("filter:flavorParamsIdEqual", "0"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await api.CallAsync("flavorAsset", "list", ("filter:objectType", "KalturaFlavorAssetFilter"), ("filter:entryIdEqual", a), ("filter:flavorParamsIdEqual", "0"))).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await api.CallAsync("flavorAsset", "list", ("filter:objectType", "KalturaFlavorAssetFilter"), ("filter:entryIdIn", $"{a},{b}"), ("filter:statusEqual", "1"))).GetProperty("totalCount").GetInt32());
    }
}
