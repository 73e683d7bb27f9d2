using System.Text;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>data and document_documents (reference §5.7, §5.8).</summary>
public sealed class DataAndDocumentTests
{
    [Fact]
    public async Task DataAddIsReadyAtOnce()
    {
        await using var api = await StartAsync();
        var entry = AssertObject(await api.CallAsync("data", "add", ("dataEntry:name", "cfg"), ("dataEntry:dataContent", "hello")), "KalturaDataEntry");
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal(6, entry.GetProperty("type").GetInt32());
        Assert.Equal("hello", entry.GetProperty("dataContent").GetString());
    }

    [Fact]
    public async Task DataAddContentStoresTextAndServesTheExactBytes()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("data", "add", ("dataEntry:name", "cfg"))).GetProperty("id").GetString()!;
        var xml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><config a=\"1\"/>");
        var entry = await api.AddTokenContentAsync(id, await api.UploadFileAsync(xml, "config.xml"), "data");
        Assert.Equal("<?xml version=\"1.0\"?><config a=\"1\"/>", entry.GetProperty("dataContent").GetString());
        var served = await api.Http.GetByteArrayAsync($"/api_v3/service/data/action/serve?ks={api.Ks}&entryId={id}");
        Assert.Equal(TestData.Sha256(xml), TestData.Sha256(served));
    }

    [Fact]
    public async Task DataServeOfAddedTextContent()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("data", "add", ("dataEntry:dataContent", "plain text"))).GetProperty("id").GetString()!;
        Assert.Equal("plain text", await api.Http.GetStringAsync($"/api_v3/service/data/action/serve?ks={api.Ks}&entryId={id}"));
    }

    [Fact]
    public async Task DataAddContentRejectsBinaryAndPendingFiles()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("data", "add", ("dataEntry:name", "cfg"))).GetProperty("id").GetString()!;
        var error = AssertError(await api.AddTokenContentAsync(id, await api.UploadFileAsync([0, 1, 2, 0xFF], "blob.zip"), "data"), "FILE_TYPE_NOT_SUPPORTED");
        Assert.Equal("File type application/zip is not supported", error.GetProperty("message").GetString());
        var pending = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        AssertError(await api.AddTokenContentAsync(id, pending, "data"), "FILE_TYPE_NOT_SUPPORTED");
        var media = await api.NewMediaAsync();
        var wrong = AssertError(await api.AddTokenContentAsync(media, pending, "data"), "INVALID_ENTRY_TYPE");
        Assert.Equal("6", wrong.GetProperty("args").GetProperty("RIGHT_ENTRY_TYPE").GetString());
    }

    [Fact]
    public async Task DataActionsAreTypedToData()
    {
        await using var api = await StartAsync();
        var media = await api.NewMediaAsync();
        AssertError(await api.CallAsync("data", "get", ("entryId", media)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("data", "delete", ("entryId", media)), "ENTRY_ID_NOT_FOUND");
        var id = (await api.CallAsync("data", "add", ("dataEntry:name", "a"))).GetProperty("id").GetString()!;
        Assert.Equal("b", (await api.CallAsync("data", "update", ("entryId", id), ("documentEntry:objectType", "KalturaDataEntry"), ("documentEntry:name", "b"))).GetProperty("name").GetString());
        AssertError(await api.CallAsync("media", "get", ("entryId", id)), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task DocumentContentSetsTheTypeConvertsAndServes()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"), ("entry:name", "Presentation Slides"), ("entry:documentType", "11"))).GetProperty("id").GetString()!;
        var pdf = TestData.Bytes(2048, 5);
        var entry = await api.AddTokenContentAsync(id, await api.UploadFileAsync(pdf, "slides.pdf"), "document_documents");
        AssertObject(entry, "KalturaDocumentEntry");
        Assert.Equal(13, entry.GetProperty("documentType").GetInt32());
        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await api.CallAsync("document_documents", "get", ("entryId", id))).GetProperty("status").GetInt32());
        var served = await api.Http.GetByteArrayAsync($"/api_v3/service/document_documents/action/serve?ks={api.Ks}&entryId={id}");
        Assert.Equal(TestData.Sha256(pdf), TestData.Sha256(served));
        var byParams = await api.Http.GetByteArrayAsync($"/api_v3/service/document_documents/action/serveByFlavorParamsId?ks={api.Ks}&entryId={id}&flavorParamsId=0");
        Assert.Equal(TestData.Sha256(pdf), TestData.Sha256(byParams));
        Assert.Equal(1, (await api.CallAsync("document_documents", "list")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task DocumentErrors()
    {
        await using var api = await StartAsync();
        var media = await api.NewMediaAsync();
        AssertError(await api.AddTokenContentAsync(media, "0_x", "document_documents"), "ENTRY_ID_NOT_FOUND");
        var id = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"))).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(id, await api.UploadFileAsync([1], "a.docx"), "document_documents");
        AssertError(await api.AddTokenContentAsync(id, await api.UploadFileAsync([1], "b.docx"), "document_documents"), "ENTRY_ALREADY_WITH_CONTENT");
        var response = await api.Http.GetAsync($"/api_v3/service/document_documents/action/serve?ks={api.Ks}&entryId=0_none");
        Assert.Equal("error- ENTRY_ID_NOT_FOUND", response.Headers.GetValues("X-Kaltura").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DocumentUpdateContentAndConvert()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"))).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(id, await api.UploadFileAsync([1], "a.pdf"), "document_documents");
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var replacement = TestData.Bytes(77);
        var entry = await api.CallAsync("document_documents", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync(replacement, "b.pdf")));
        Assert.True(entry.TryGetProperty("replacingEntryId", out _));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var served = await api.Http.GetByteArrayAsync($"/api_v3/service/document_documents/action/serve?ks={api.Ks}&entryId={id}");
        Assert.Equal(TestData.Sha256(replacement), TestData.Sha256(served));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, (await api.CallAsync("document_documents", "convert", ("entryId", id))).ValueKind);
    }
}
