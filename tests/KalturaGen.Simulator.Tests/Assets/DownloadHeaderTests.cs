using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Assets;

/// <summary>
/// The <c>Content-Disposition: attachment; filename="…"</c> header of serve actions and download URLs, named as the
/// PHP code names the file.
/// </summary>
public sealed class DownloadHeaderTests
{
    private const string Attachments = "attachment_attachmentAsset";

    // AttachmentAssetService::serveAction: the asset's filename, else "{entryId}_{assetId}.{fileExt}"; none when
    // serveOptions.download is false.
    [Fact]
    public async Task AttachmentServeNamesTheDownload()
    {
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var unnamed = await AttachmentAsync(api, entry, "deck.pdf");
        using (var response = await api.Http.GetAsync($"/api_v3/service/{Attachments}/action/serve?ks={api.Ks}&attachmentAssetId={unnamed}"))
        {
            Assert.Equal($"attachment; filename=\"{entry}_{unnamed}.pdf\"", response.Content.Headers.GetValues("Content-Disposition").Single());
        }

        var named = await AttachmentAsync(api, entry, "x.txt", ("attachmentAsset:filename", "Slides 2024.txt"));
        using (var response = await api.Http.GetAsync($"/api_v3/service/{Attachments}/action/serve?ks={api.Ks}&attachmentAssetId={named}"))
        {
            Assert.Equal("attachment; filename=\"Slides 2024.txt\"", response.Content.Headers.GetValues("Content-Disposition").Single());
        }

        using (var inline = await api.Http.GetAsync($"/api_v3/service/{Attachments}/action/serve?ks={api.Ks}&attachmentAssetId={named}&serveOptions:download=0"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, inline.StatusCode);
            Assert.False(inline.Content.Headers.Contains("Content-Disposition"));
        }
    }

    // DataService::serveAction: filename is the entry's name.
    [Fact]
    public async Task DataServeIsNamedAfterTheEntry()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsync("data", "add", ("dataEntry:name", "settings"))).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(entry, await api.UploadFileAsync("{}"u8.ToArray(), "s.json"), "data");
        using var response = await api.Http.GetAsync($"/api_v3/service/data/action/serve?ks={api.Ks}&entryId={entry}");
        Assert.Equal("attachment; filename=\"settings\"", response.Content.Headers.GetValues("Content-Disposition").Single());
    }

    // DocumentsService::serveFlavorAsset: "{entry name}.{flavor fileExt}".
    [Fact]
    public async Task DocumentServeIsNamedAfterTheEntryAndTheFlavorExtension()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"), ("entry:name", "handout"))).GetProperty("id").GetString()!;
        await api.AddTokenContentAsync(entry, await api.UploadFileAsync([1, 2, 3], "a.pdf"), "document_documents");
        using var response = await api.Http.GetAsync($"/api_v3/service/document_documents/action/serve?ks={api.Ks}&entryId={entry}");
        Assert.Equal("attachment; filename=\"handout.pdf\"", response.Content.Headers.GetValues("Content-Disposition").Single());
    }

    // serveFlavorAction: a fileName pair in the URL makes the response a named download; without it there is no header.
    [Fact]
    public async Task FlavorDownloadUrlWithAFileNameIsANamedDownload()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(100);
        var entry = await api.ReadyVideoAsync(data);
        var flavor = (await api.FlavorsAsync(entry))[0].GetProperty("id").GetString()!;
        var url = (await api.CallAsync("flavorAsset", "getUrl", ("id", flavor))).GetString()!;
        using (var plain = await api.Http.GetAsync(url))
        {
            Assert.False(plain.Content.Headers.Contains("Content-Disposition"));
        }

        using var named = await api.Http.GetAsync(url.Replace("/name/", "/fileName/clip.mp4/name/", StringComparison.Ordinal));
        Assert.Equal("attachment; filename=\"clip.mp4\"", named.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("application/force-download", named.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(await named.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<string> AttachmentAsync(SimulatorApi api, string entry, string fileName, params (string Key, string Value)[] fields)
    {
        var id = (await api.CallAsync(Attachments, "add", [("entryId", entry), ("attachmentAsset:title", "t"), .. fields])).GetProperty("id").GetString()!;
        await api.CallAsync(Attachments, "setContent", ("id", id), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
            ("contentResource:token", await api.UploadFileAsync([7, 8, 9], fileName)));
        return id;
    }
}
