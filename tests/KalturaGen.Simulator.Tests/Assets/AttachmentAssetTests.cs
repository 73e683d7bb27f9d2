using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Assets;

/// <summary>The attachment_attachmentAsset service (seed 003 §10).</summary>
public sealed class AttachmentAssetTests
{
    private const string Service = "attachment_attachmentAsset";

    [Fact]
    public async Task AddSetContentGetUrlAndServe()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var added = AssertObject(await api.CallAsync(Service, "add", ("entryId", entry), ("attachmentAsset[objectType]", "KalturaAttachmentAsset"), ("attachmentAsset[title]", "Slide Deck"), ("attachmentAsset[format]", "3"), ("attachmentAsset[fileExt]", "pdf")), "KalturaAttachmentAsset");
        var id = added.GetProperty("id").GetString()!;
        Assert.Equal(0, added.GetProperty("status").GetInt32());
        Assert.Equal(3, added.GetProperty("format").GetInt32());
        var notReady = AssertError(await api.CallAsync(Service, "getUrl", ("id", id)), "ATTACHMENT_ASSET_IS_NOT_READY");
        Assert.Equal("Attachment asset \"N/A\" is not ready", notReady.GetProperty("message").GetString());

        var data = TestData.Bytes(4096);
        var set = await api.CallAsync(Service, "setContent", ("id", id), ("contentResource[objectType]", "KalturaUploadedFileTokenResource"), ("contentResource[token]", await api.UploadFileAsync(data, "deck.pdf")));
        Assert.Equal(2, set.GetProperty("status").GetInt32());
        Assert.Equal("pdf", set.GetProperty("fileExt").GetString());

        var url = (await api.CallAsync(Service, "getUrl", ("id", id))).GetString()!;
        Assert.Equal(TestData.Sha256(data), await api.DownloadSha256Async(url));
        var served = await api.Http.GetByteArrayAsync($"/api_v3/service/{Service}/action/serve?ks={api.Ks}&attachmentAssetId={id}");
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(served));

        var list = await api.CallAsync(Service, "list", ("filter[entryIdEqual]", entry));
        Assert.Equal("KalturaAttachmentAssetListResponse", list.GetProperty("objectType").GetString());
        Assert.Equal(id, list.GetProperty("objects")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AFailedUrlDownloadFailsTheCallAndTheAsset()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync(Service, "add", ("entryId", await api.NewMediaAsync()), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
        var error = AssertError(await api.CallAsync(Service, "setContent", ("id", id), ("contentResource:objectType", "KalturaUrlResource"), ("contentResource:url", "http://localhost/nothing.pdf")), "ATTACHMENT_ASSET_DOWNLOAD_FAILED");
        Assert.Equal("Attachment asset download from URL \"http://localhost/nothing.pdf\" failed", error.GetProperty("message").GetString());
        Assert.Equal(-1, (await api.CallAsync(Service, "get", ("attachmentAssetId", id))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UpdateKeepsInsertOnlyProperties()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var id = (await api.CallAsync(Service, "add", ("entryId", entry), ("attachmentAsset:fileExt", "txt"), ("attachmentAsset:title", "A"))).GetProperty("id").GetString()!;
        Assert.Equal("B", (await api.CallAsync(Service, "update", ("id", id), ("attachmentAsset:title", "B"), ("attachmentAsset:fileExt", "txt"))).GetProperty("title").GetString());
        var error = AssertError(await api.CallAsync(Service, "update", ("id", id), ("attachmentAsset:fileExt", "srt")), "PROPERTY_VALIDATION_NOT_UPDATABLE");
        Assert.Equal("KalturaAttachmentAsset::fileExt", error.GetProperty("args").GetProperty("PROP_NAME").GetString());
        AssertError(await api.CallAsync(Service, "update", ("id", id), ("attachmentAsset:id", "0_other")), "PROPERTY_VALIDATION_NOT_UPDATABLE");
    }

    [Fact]
    public async Task DeleteAndMissingAssets()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync(Service, "add", ("entryId", await api.NewMediaAsync()), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
        var response = await api.PostFormAsync($"/api_v3/service/{Service}/action/delete", [("ks", api.Ks), ("format", "1"), ("attachmentAssetId", id)]);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
        var error = AssertError(await api.CallAsync(Service, "get", ("attachmentAssetId", id)), "ATTACHMENT_ASSET_ID_NOT_FOUND");
        Assert.Equal($"Attachment asset id \"{id}\" not found", error.GetProperty("message").GetString());
        AssertError(await api.CallAsync(Service, "add", ("entryId", "0_none"), ("attachmentAsset:title", "t")), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync(Service, "add", ("entryId", "0_none")), "MISSING_MANDATORY_PARAMETER");
    }
}
