using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>A successful call of every action in the schema, for response-shape tests.</summary>
public static class ActionScenarios
{
    /// <summary>Runs the action successfully and returns its raw response body (format=1).</summary>
    public static async Task<string> RunAsync(SimulatorApi api, string service, string action)
    {
        var key = $"{service}.{action}".ToLowerInvariant();
        var fields = await FieldsAsync(api, key);
        var response = await api.PostFormAsync($"/api_v3/service/{service}/action/{action}", [("ks", api.Ks), ("format", "1"), .. fields]);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(string, string)[]> FieldsAsync(SimulatorApi api, string key)
    {
        switch (key)
        {
            case "session.start": return [("secret", "simulator-admin-secret"), ("partnerId", "100")];
            case "session.end": return [("ks", api.CreateKs())];
            case "system.ping": return [];
            case "uploadtoken.add": return [("uploadToken:fileName", "a.mp4"), ("uploadToken:fileSize", "10")];
            case "uploadtoken.get": return [("uploadTokenId", await TokenAsync(api))];
            case "uploadtoken.delete": return [("uploadTokenId", await TokenAsync(api))];
            case "uploadtoken.list":
                await api.UploadFileAsync([1, 2], "x.mp4");
                return [];
            case "uploadtoken.upload": throw new NotSupportedException("upload is a multipart call, see UploadAsync");
            case "media.add": return [("entry:mediaType", "1"), ("entry:name", "n"), ("entry:tags", "t")];
            case "media.addcontent": return [("entryId", await api.NewMediaAsync()), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([1], "a.mp4"))];
            case "media.updatecontent": return [("entryId", await api.ReadyVideoAsync([1])), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "b.mp4"))];
            case "media.approvereplace": return [("entryId", await ReplacingAsync(api))];
            case "media.cancelreplace": return [("entryId", await ReplacingAsync(api))];
            case "media.addfromurl": return [("mediaEntry:mediaType", "1"), ("url", await OriginalUrlAsync(api))];
            case "media.addfromentry": return [("sourceEntryId", await api.ReadyVideoAsync([1]))];
            case "media.addfromflavorasset": return [("sourceFlavorAssetId", await FlavorIdAsync(api))];
            case "media.get": return [("entryId", await api.ReadyVideoAsync([1]))];
            case "media.list":
                await api.ReadyVideoAsync([1]);
                return [];
            case "media.count": return [];
            case "media.update": return [("entryId", await api.NewMediaAsync()), ("mediaEntry:name", "renamed")];
            case "media.delete": return [("entryId", await api.NewMediaAsync())];
            case "media.convert": return [("entryId", await api.ReadyVideoAsync([1]))];
            case "media.bulkuploadadd": throw new NotSupportedException("bulkUploadAdd is a multipart call");
            case "baseentry.add": return [("entry:objectType", "KalturaDocumentEntry"), ("entry:name", "doc")];
            case "baseentry.addcontent": return [("entryId", await api.NewMediaAsync()), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([1], "a.mp4"))];
            case "baseentry.get": return [("entryId", await DataEntryAsync(api))];
            case "baseentry.getbyids": return [("entryIds", $"{await api.ReadyVideoAsync([1])},{await DataEntryAsync(api)}")];
            case "baseentry.list":
                await api.ReadyVideoAsync([1]);
                await DataEntryAsync(api);
                return [];
            case "baseentry.listbyreferenceid":
                await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:referenceId", "r1"));
                return [("refId", "r1")];
            case "baseentry.clone": return [("entryId", await api.ReadyVideoAsync([1]))];
            case "baseentry.recycle": return [("entryId", await api.NewMediaAsync())];
            case "baseentry.restorerecycled":
                var recycled = await api.NewMediaAsync();
                await api.CallAsync("baseEntry", "recycle", ("entryId", recycled));
                return [("entryId", recycled)];
            case "baseentry.delete": return [("entryId", await api.NewMediaAsync())];
            case "baseentry.flag" or "media.flag": return [("moderationFlag:flaggedEntryId", await api.NewMediaAsync()), ("moderationFlag:flagType", "1"), ("moderationFlag:comments", "c")];
            case "baseentry.approve" or "media.approve" or "baseentry.reject" or "media.reject": return [("entryId", await api.NewMediaAsync())];
            case "baseentry.listflags" or "media.listflags":
                var flagged = await api.NewMediaAsync();
                await api.CallAsync("baseEntry", "flag", ("moderationFlag:flaggedEntryId", flagged), ("moderationFlag:flagType", "4"), ("moderationFlag:comments", "c"));
                return [("entryId", flagged)];
            case "data.add": return [("dataEntry:name", "d"), ("dataEntry:dataContent", "x")];
            case "data.addcontent": return [("entryId", await DataEntryAsync(api)), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync("text"u8.ToArray(), "a.txt"))];
            case "data.get": return [("entryId", await DataEntryAsync(api))];
            case "data.update": return [("entryId", await DataEntryAsync(api)), ("documentEntry:name", "x")];
            case "data.delete": return [("entryId", await DataEntryAsync(api))];
            case "data.list":
                await DataEntryAsync(api);
                return [];
            case "document_documents.addcontent": return [("entryId", await DocumentAsync(api)), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([1], "a.pdf"))];
            case "document_documents.updatecontent": return [("entryId", await DocumentAsync(api)), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([1], "a.pdf"))];
            case "document_documents.convert": return [("entryId", await ReadyDocumentAsync(api))];
            case "document_documents.get": return [("entryId", await ReadyDocumentAsync(api))];
            case "document_documents.update": return [("entryId", await DocumentAsync(api)), ("documentEntry:name", "x")];
            case "document_documents.delete": return [("entryId", await DocumentAsync(api))];
            case "document_documents.list":
                await ReadyDocumentAsync(api);
                return [];
            case "flavorasset.list": return [("filter:entryIdEqual", await api.ReadyVideoAsync([1]))];
            case "flavorasset.get": return [("id", await FlavorIdAsync(api))];
            case "flavorasset.add": return [("entryId", await api.NewMediaAsync()), ("flavorAsset:flavorParamsId", "487041")];
            case "flavorasset.setcontent":
                var entry = await api.NewMediaAsync();
                var asset = (await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487041"))).GetProperty("id").GetString()!;
                return [("id", asset), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", await api.UploadFileAsync([1], "a.mp4"))];
            case "flavorasset.convert": return [("entryId", await api.ReadyVideoAsync([1])), ("flavorParamsId", "487041")];
            case "flavorasset.reconvert": return [("id", await FlavorIdAsync(api, original: false))];
            case "flavorasset.geturl": return [("id", await FlavorIdAsync(api))];
            case "flavorasset.setassource": return [("assetId", await FlavorIdAsync(api, original: false))];
            case "flavorasset.delete": return [("id", await FlavorIdAsync(api, original: false))];
            case "flavorasset.getflavorassetswithparams": return [("entryId", await api.ReadyVideoAsync([1]))];
            case "attachment_attachmentasset.add": return [("entryId", await api.NewMediaAsync()), ("attachmentAsset:title", "t"), ("attachmentAsset:format", "1")];
            case "attachment_attachmentasset.setcontent": return [("id", await AttachmentAsync(api, ready: false)), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", await api.UploadFileAsync([1], "a.txt"))];
            case "attachment_attachmentasset.update": return [("id", await AttachmentAsync(api, ready: false)), ("attachmentAsset:title", "u")];
            case "attachment_attachmentasset.get": return [("attachmentAssetId", await AttachmentAsync(api, ready: true))];
            case "attachment_attachmentasset.list":
                var listed = await api.CallAsync("attachment_attachmentAsset", "get", ("attachmentAssetId", await AttachmentAsync(api, ready: true)));
                return [("filter:entryIdEqual", listed.GetProperty("entryId").GetString()!)];
            case "attachment_attachmentasset.delete": return [("attachmentAssetId", await AttachmentAsync(api, ready: false))];
            case "attachment_attachmentasset.geturl": return [("id", await AttachmentAsync(api, ready: true))];
            case "bulkupload_bulk.get": return [("id", await ProcessedBulkJobAsync(api))];
            default: throw new NotSupportedException($"No success scenario for {key}");
        }
    }

    private static async Task<string> TokenAsync(SimulatorApi api) => (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;

    private static async Task<string> DataEntryAsync(SimulatorApi api) => (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;

    private static async Task<string> DocumentAsync(SimulatorApi api) =>
        (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"))).GetProperty("id").GetString()!;

    private static async Task<string> ReadyDocumentAsync(SimulatorApi api)
    {
        var id = await DocumentAsync(api);
        await api.AddTokenContentAsync(id, await api.UploadFileAsync([1], "a.pdf"), "document_documents");
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return id;
    }

    private static async Task<string> ReplacingAsync(SimulatorApi api)
    {
        var id = await api.ReadyVideoAsync([1]);
        await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "b.mp4")));
        return id;
    }

    private static async Task<string> FlavorIdAsync(SimulatorApi api, bool original = true)
    {
        var flavors = await api.FlavorsAsync(await api.ReadyVideoAsync([1]));
        return flavors.First(f => f.GetProperty("isOriginal").GetBoolean() == original).GetProperty("id").GetString()!;
    }

    private static async Task<string> OriginalUrlAsync(SimulatorApi api) =>
        (await api.CallAsync("flavorAsset", "getUrl", ("id", await FlavorIdAsync(api)))).GetString()!;

    private static async Task<string> ProcessedBulkJobAsync(SimulatorApi api)
    {
        var job = await Bulk.BulkFiles.PostAsync(api, Bulk.BulkFiles.Mrss(Bulk.BulkFiles.AddItem("bulk"), "<item><action>delete</action><entryId>0_missing</entryId></item>"));
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(3));
        return job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> AttachmentAsync(SimulatorApi api, bool ready)
    {
        var id = (await api.CallAsync("attachment_attachmentAsset", "add", ("entryId", await api.NewMediaAsync()), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
        if (ready)
        {
            await api.CallAsync("attachment_attachmentAsset", "setContent", ("id", id), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", await api.UploadFileAsync([1], "a.txt")));
        }

        return id;
    }
}
