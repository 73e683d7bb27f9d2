using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Assets;

/// <summary>
/// Which entries and flavor params the asset services accept, and their error codes, as the PHP services decide:
/// <c>FlavorAssetService::addAction</c>, <c>::convertAction</c>, <c>::setAsSourceAction</c>, and
/// <c>AttachmentAssetService::addAction</c> with <c>getEnabledMediaTypes</c>.
/// </summary>
public sealed class AssetEntryRuleTests
{
    private const string Attachments = "attachment_attachmentAsset";

    private static async Task<string> DataEntryAsync(SimulatorApi api) =>
        (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;

    private static async Task<string> DocumentEntryAsync(SimulatorApi api) =>
        (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"), ("entry:name", "doc"))).GetProperty("id").GetString()!;

    // FlavorAssetService::addAction: only MEDIA_CLIP entries of mediaType VIDEO or AUDIO, else ENTRY_ID_NOT_FOUND.
    [Fact]
    public async Task FlavorAssetAddRefusesDataImageAndDocumentEntries()
    {
        await using var api = await StartAsync();
        var refused = new[] { await DataEntryAsync(api), await api.NewMediaAsync(mediaType: 2), await DocumentEntryAsync(api) };
        foreach (var entry in refused)
        {
            var error = AssertError(await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487041")), "ENTRY_ID_NOT_FOUND");
            Assert.Equal(entry, error.GetProperty("args").GetProperty("ENTRY_ID").GetString());
        }

        Assert.Equal(0, (await api.CallAsync("flavorAsset", "list", ("filter:entryIdIn", string.Join(',', refused)))).GetProperty("totalCount").GetInt32());
        var audio = await api.NewMediaAsync(mediaType: 5);
        AssertObject(await api.CallAsync("flavorAsset", "add", ("entryId", audio), ("flavorAsset:flavorParamsId", "487041")), "KalturaFlavorAsset");
    }

    // FlavorAssetService::addAction looks the params up only for the asset type and the source tag: unknown ids are queued.
    [Fact]
    public async Task FlavorAssetAddQueuesAnUnknownFlavorParamsId()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var added = AssertObject(await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "12345")), "KalturaFlavorAsset");
        Assert.Equal(0, added.GetProperty("status").GetInt32());
        Assert.Equal(12345, added.GetProperty("flavorParamsId").GetInt32());
        Assert.False(added.GetProperty("isOriginal").GetBoolean());

        var again = AssertError(await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "12345")), "FLAVOR_ASSET_ALREADY_EXISTS");
        Assert.Equal(added.GetProperty("id").GetString(), again.GetProperty("args").GetProperty("ASSET_ID").GetString());
        Assert.Equal("12345", again.GetProperty("args").GetProperty("PARAMS_ID").GetString());

        // The source params carry the "source" tag, so their flavor is the entry's original.
        var source = await api.CallAsync("flavorAsset", "add", ("entryId", await api.NewMediaAsync()), ("flavorAsset:flavorParamsId", "0"));
        Assert.True(source.GetProperty("isOriginal").GetBoolean());
    }

    // FlavorAssetService::setAsSourceAction: assetPeer::retrieveById, else ASSET_ID_NOT_FOUND (not FLAVOR_ASSET_ID_NOT_FOUND).
    [Fact]
    public async Task SetAsSourceOfAnUnknownIdIsAssetIdNotFound()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("flavorAsset", "setAsSource", ("assetId", "0_nothing")), "ASSET_ID_NOT_FOUND");
        Assert.Equal("0_nothing", error.GetProperty("args").GetProperty("ID").GetString());

        var entry = await api.ReadyVideoAsync([1, 2, 3]);
        var flavors = await api.FlavorsAsync(entry);
        var original = flavors.Single(f => f.GetProperty("isOriginal").GetBoolean()).GetProperty("id").GetString()!;
        Assert.Equal("null", (await SetAsSourceRawAsync(api, original)));
        Assert.True((await api.CallAsync("flavorAsset", "get", ("id", original))).GetProperty("isOriginal").GetBoolean());
    }

    // FlavorAssetService::convertAction: the entry must be READY, PRECONVERT or ERROR_CONVERTING (INVALID_ENTRY_STATUS);
    // reconvertAction runs the same checks for the flavor's entry and keeps the flavor's id.
    [Fact]
    public async Task ConvertNeedsAConvertibleEntryAndReconvertKeepsTheFlavorId()
    {
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("flavorAsset", "convert", ("entryId", await api.NewMediaAsync()), ("flavorParamsId", "487041")), "INVALID_ENTRY_STATUS");

        var entry = await api.ReadyVideoAsync([4, 5]);
        var rendition = (await api.FlavorsAsync(entry)).First(f => f.GetProperty("flavorParamsId").GetInt32() == 487041);
        var id = rendition.GetProperty("id").GetString()!;
        await api.CallAsync("flavorAsset", "convert", ("entryId", entry), ("flavorParamsId", "487041"));
        var converting = await api.CallAsync("flavorAsset", "get", ("id", id));
        Assert.Equal(1, converting.GetProperty("status").GetInt32());
        Assert.Equal(rendition.GetProperty("version").GetInt32() + 1, converting.GetProperty("version").GetInt32());
        Assert.Equal(5, (await api.FlavorsAsync(entry)).Count);

        var custom = (await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "777"))).GetProperty("id").GetString()!;
        AssertError(await api.CallAsync("flavorAsset", "reconvert", ("id", custom)), "FLAVOR_PARAMS_ID_NOT_FOUND");
    }

    // AttachmentAssetService::addAction with getEnabledMediaTypes: media clips (any media type), live streams and
    // AUTOMATIC entries; data and document entries are ENTRY_ID_NOT_FOUND.
    [Fact]
    public async Task AttachmentAssetAddRefusesDataAndDocumentEntries()
    {
        await using var api = await StartAsync();
        var refused = new[] { await DataEntryAsync(api), await DocumentEntryAsync(api) };
        foreach (var entry in refused)
        {
            var error = AssertError(await api.CallAsync(Attachments, "add", ("entryId", entry), ("attachmentAsset:title", "t")), "ENTRY_ID_NOT_FOUND");
            Assert.Equal(entry, error.GetProperty("args").GetProperty("ENTRY_ID").GetString());
        }

        Assert.Equal(0, (await api.CallAsync(Attachments, "list", ("filter:entryIdIn", string.Join(',', refused)))).GetProperty("totalCount").GetInt32());
        var image = await api.NewMediaAsync(mediaType: 2);
        AssertObject(await api.CallAsync(Attachments, "add", ("entryId", image), ("attachmentAsset:title", "t")), "KalturaAttachmentAsset");
    }

    // AttachmentAssetService::attachFile sets kFile::fileSize (bytes); a flavor's size is in kilobytes (KalturaAsset::$size).
    [Fact]
    public async Task AttachmentSizeIsInBytesAndFlavorSizeInKilobytes()
    {
        await using var api = await StartAsync();
        var entry = await api.ReadyVideoAsync(TestData.Bytes(5000));
        var attachment = (await api.CallAsync(Attachments, "add", ("entryId", entry), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
        var set = await api.CallAsync(Attachments, "setContent", ("id", attachment), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
            ("contentResource:token", await api.UploadFileAsync(TestData.Bytes(4097), "notes.txt")));
        Assert.Equal(4097, set.GetProperty("size").GetInt64());
        Assert.Equal(4097, (await api.CallAsync(Attachments, "get", ("attachmentAssetId", attachment))).GetProperty("size").GetInt64());

        var original = (await api.FlavorsAsync(entry)).Single(f => f.GetProperty("isOriginal").GetBoolean());
        Assert.Equal(5, original.GetProperty("size").GetInt64());
        Assert.Equal(5000, original.GetProperty("sizeInBytes").GetInt64());
    }

    // FlavorAssetService::getUrlAction and ::deleteAction, AttachmentAssetService::getUrlAction: ENTRY_ID_NOT_FOUND once the
    // asset's entry is deleted; AttachmentAssetService::serveAction answers ATTACHMENT_ASSET_ID_NOT_FOUND instead.
    [Fact]
    public async Task AssetsOfADeletedEntryReportTheEntryMissing()
    {
        await using var api = await StartAsync();
        var entry = await api.ReadyVideoAsync([1, 2]);
        var flavor = (await api.FlavorsAsync(entry))[0].GetProperty("id").GetString()!;
        var attachment = (await api.CallAsync(Attachments, "add", ("entryId", entry), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
        await api.CallAsync(Attachments, "setContent", ("id", attachment), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
            ("contentResource:token", await api.UploadFileAsync([3], "a.txt")));
        await api.CallAsync("media", "delete", ("entryId", entry));

        AssertError(await api.CallAsync("flavorAsset", "getUrl", ("id", flavor)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("flavorAsset", "delete", ("id", flavor)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync(Attachments, "getUrl", ("id", attachment)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync(Attachments, "update", ("id", attachment), ("attachmentAsset:title", "u")), "ENTRY_ID_NOT_FOUND");
        using var served = await api.Http.GetAsync($"/api_v3/service/{Attachments}/action/serve?ks={api.Ks}&attachmentAssetId={attachment}");
        Assert.Equal("error- ATTACHMENT_ASSET_ID_NOT_FOUND", served.Headers.GetValues("X-Kaltura").Single());
    }

    // MediaService::addFromFlavorAssetAction: the flavor's entry must be a media clip, else ENTRY_ID_NOT_FOUND of that entry.
    [Fact]
    public async Task AddFromFlavorAssetOfADocumentIsEntryIdNotFound()
    {
        await using var api = await StartAsync();
        var document = await DocumentEntryAsync(api);
        await api.AddTokenContentAsync(document, await api.UploadFileAsync([1, 2, 3], "a.pdf"), "document_documents");
        var flavor = (await api.FlavorsAsync(document))[0].GetProperty("id").GetString()!;
        var error = AssertError(await api.CallAsync("media", "addFromFlavorAsset", ("sourceFlavorAssetId", flavor)), "ENTRY_ID_NOT_FOUND");
        Assert.Equal(document, error.GetProperty("args").GetProperty("ENTRY_ID").GetString());
    }

    // KalturaAssetFilter::validateEntryIdFiltered: an asset list must name its entries, else
    // PROPERTY_VALIDATION_CANNOT_BE_NULL on the filter class the action casts to.
    [Fact]
    public async Task AssetListsNeedAnEntryFilter()
    {
        await using var api = await StartAsync();
        var flavors = AssertError(await api.CallAsync("flavorAsset", "list"), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        Assert.Equal("KalturaFlavorAssetFilter::entryIdEqual/KalturaFlavorAssetFilter::entryIdIn", flavors.GetProperty("args").GetProperty("PROP_NAME").GetString());
        AssertError(await api.CallAsync("flavorAsset", "list", ("filter:statusEqual", "2"), ("filter:entryIdEqual", "0")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        var attachments = AssertError(await api.CallAsync(Attachments, "list", ("filter:entryIdEqual", "")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        Assert.Equal("KalturaAttachmentAssetFilter::entryIdEqual/KalturaAttachmentAssetFilter::entryIdIn", attachments.GetProperty("args").GetProperty("PROP_NAME").GetString());
        Assert.Equal(0, (await api.CallAsync("flavorAsset", "list", ("filter:entryIdEqual", "0_unknown"))).GetProperty("totalCount").GetInt32());
    }

    // KalturaAssetService::exportAction: assetPeer::retrieveById, else INVALID_FLAVOR_ASSET_ID (APIErrors, leading space kept).
    [Fact]
    public async Task ExportOfAnUnknownAssetIsInvalidFlavorAssetId()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("flavorAsset", "export", ("assetId", "0_nothing"), ("storageProfileId", "1")), "INVALID_FLAVOR_ASSET_ID");
        Assert.Equal(" Invalid flavor asset id 0_nothing", error.GetProperty("message").GetString());
        Assert.Equal("0_nothing", error.GetProperty("args").GetProperty("FLAV_ASSET_ID").GetString());
    }

    private static async Task<string> SetAsSourceRawAsync(SimulatorApi api, string assetId)
    {
        var response = await api.PostFormAsync("/api_v3/service/flavorAsset/action/setAsSource", [("ks", api.Ks), ("format", "1"), ("assetId", assetId)]);
        return await response.Content.ReadAsStringAsync();
    }
}
