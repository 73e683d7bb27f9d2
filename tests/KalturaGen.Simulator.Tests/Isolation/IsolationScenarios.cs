namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>One call: form fields (the caller's KS and format=1 are added), or a multipart upload or bulk file.</summary>
/// <param name="Fields">The action's parameters.</param>
/// <param name="UploadTokenId">For uploadToken.upload: the token to upload a chunk to.</param>
/// <param name="BulkCsv">For media.bulkUploadAdd: the CSV file.</param>
public sealed record IsolationRequest((string Key, string Value)[] Fields, string? UploadTokenId = null, string? BulkCsv = null);

/// <summary>
/// For every action of the schema, a call about objects of partner 100 that the user alice owns,
/// made by someone else. Resources the caller passes (upload tokens) are the caller's own, so only
/// the target object is foreign. Add actions name alice as the new entry's owner.
/// </summary>
public static class IsolationScenarios
{
    private const string TokenResource = "KalturaUploadedFileTokenResource";

    /// <summary>Builds the call of <paramref name="key"/> (<c>service.action</c>, lower case) for the caller.</summary>
    public static async Task<IsolationRequest> BuildAsync(IsolationWorld w, Caller c, string key) => key switch
    {
        "session.start" => Form(("secret", await SessionSecretAsync(w, c)), ("partnerId", "100"), ("type", "2")),
        "session.end" => Form(),
        "system.ping" => Form(),

        "uploadtoken.add" => Form(("uploadToken:fileName", "mine.mp4")),
        "uploadtoken.get" => Form(("uploadTokenId", await w.AliceTokenAsync())),
        "uploadtoken.upload" => new IsolationRequest([], UploadTokenId: await w.AliceTokenAsync()),
        "uploadtoken.list" => await Then(w.AliceTokenAsync(), Form()),
        "uploadtoken.delete" => Form(("uploadTokenId", await w.AliceTokenAsync())),

        "media.add" => Form(("entry:mediaType", "1"), ("entry:userId", "alice")),
        "media.addcontent" => Form(("entryId", await w.MediaEntryAsync()), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.mp4"))),
        "media.updatecontent" => Form(("entryId", await w.ReadyVideoAsync()), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.mp4"))),
        "media.approvereplace" => Form(("entryId", await w.ReplacingAsync())),
        "media.cancelreplace" => Form(("entryId", await w.ReplacingAsync())),
        "media.addfromurl" => Form(("mediaEntry:mediaType", "1"), ("mediaEntry:userId", "alice"), ("url", "http://localhost/api_v3/service/system/action/ping")),
        "media.addfromentry" => Form(("sourceEntryId", await w.ReadyVideoAsync())),
        "media.addfromflavorasset" => Form(("sourceFlavorAssetId", await w.FlavorAsync(original: true))),
        "media.get" => Form(("entryId", await w.MediaEntryAsync())),
        "media.list" => await Then(w.ReadyVideoAsync(), Form(("filter:statusIn", "2,7"))),
        "media.count" => await Then(w.ReadyVideoAsync(), Form(("filter:statusIn", "2,7"))),
        "media.update" => Form(("entryId", await w.MediaEntryAsync()), ("mediaEntry:name", "taken")),
        "media.delete" => Form(("entryId", await w.MediaEntryAsync())),
        "media.convert" => Form(("entryId", await w.ReadyVideoAsync())),
        "media.bulkuploadadd" => new IsolationRequest([], BulkCsv: "1,t,d,tags,http://localhost/none.mp4,1\n"),

        "baseentry.add" => Form(("entry:objectType", "KalturaDataEntry"), ("entry:userId", "alice")),
        "baseentry.addcontent" => Form(("entryId", await w.MediaEntryAsync()), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.mp4"))),
        "baseentry.get" => Form(("entryId", await w.MediaEntryAsync())),
        "baseentry.getbyids" => Form(("entryIds", $"{await w.MediaEntryAsync()},{await w.DataEntryAsync()}")),
        "baseentry.list" => await Then(w.ReadyVideoAsync(), Form(("filter:statusIn", "2,7"))),
        "baseentry.listbyreferenceid" => await Then(w.MediaEntryAsync(), Form(("refId", "alice-ref"))),
        "baseentry.clone" => Form(("entryId", await w.ReadyVideoAsync())),
        "baseentry.recycle" => Form(("entryId", await w.MediaEntryAsync())),
        "baseentry.restorerecycled" => Form(("entryId", await w.RecycledAsync())),
        "baseentry.delete" => Form(("entryId", await w.MediaEntryAsync())),
        "baseentry.export" => Form(("entryId", await w.MediaEntryAsync()), ("storageProfileId", "1")),

        "baseentry.flag" or "media.flag" => Form(("moderationFlag:flaggedEntryId", await w.MediaEntryAsync()), ("moderationFlag:comments", "mine")),
        "baseentry.approve" or "media.approve" => Form(("entryId", await w.MediaEntryAsync())),
        "baseentry.reject" or "media.reject" => Form(("entryId", await w.MediaEntryAsync())),
        "baseentry.listflags" or "media.listflags" => Form(("entryId", await w.FlaggedEntryAsync())),

        "data.add" => Form(("dataEntry:name", "d"), ("dataEntry:userId", "alice")),
        "data.addcontent" => Form(("entryId", await w.DataEntryAsync()), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.txt"))),
        "data.get" => Form(("entryId", await w.DataEntryAsync())),
        "data.update" => Form(("entryId", await w.DataEntryAsync()), ("documentEntry:name", "taken")),
        "data.delete" => Form(("entryId", await w.DataEntryAsync())),
        "data.list" => await Then(w.DataEntryAsync(), Form()),
        "data.serve" => Form(("entryId", await w.DataEntryAsync(withFile: true))),

        "document_documents.addcontent" => Form(("entryId", await w.DocumentAsync()), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.pdf"))),
        "document_documents.updatecontent" => Form(("entryId", await w.DocumentAsync(ready: true)), ("resource:objectType", TokenResource), ("resource:token", await w.CallerTokenAsync(c, "mine.pdf"))),
        "document_documents.convert" => Form(("entryId", await w.DocumentAsync(ready: true))),
        "document_documents.get" => Form(("entryId", await w.DocumentAsync())),
        "document_documents.update" => Form(("entryId", await w.DocumentAsync()), ("documentEntry:name", "taken")),
        "document_documents.delete" => Form(("entryId", await w.DocumentAsync())),
        "document_documents.list" => await Then(w.DocumentAsync(ready: true), Form()),
        "document_documents.serve" => Form(("entryId", await w.DocumentAsync(ready: true))),
        "document_documents.servebyflavorparamsid" => Form(("entryId", await w.DocumentAsync(ready: true))),

        "flavorasset.list" => Form(("filter:entryIdEqual", await w.ReadyVideoAsync())),
        "flavorasset.get" => Form(("id", await w.FlavorAsync(original: true))),
        "flavorasset.add" => Form(("entryId", await w.MediaEntryAsync()), ("flavorAsset:flavorParamsId", IsolationWorld.SpareFlavorParams)),
        "flavorasset.setcontent" => Form(("id", await w.QueuedFlavorAsync()), ("contentResource:objectType", TokenResource), ("contentResource:token", await w.CallerTokenAsync(c, "mine.mp4"))),
        "flavorasset.convert" => Form(("entryId", await w.ReadyVideoAsync()), ("flavorParamsId", IsolationWorld.SpareFlavorParams)),
        "flavorasset.reconvert" => Form(("id", await w.FlavorAsync(original: false))),
        "flavorasset.geturl" => Form(("id", await w.FlavorAsync(original: true))),
        "flavorasset.export" => Form(("assetId", await w.FlavorAsync(original: true)), ("storageProfileId", "1")),
        "flavorasset.setassource" => Form(("assetId", await w.FlavorAsync(original: false))),
        "flavorasset.delete" => Form(("id", await w.FlavorAsync(original: false))),
        "flavorasset.getflavorassetswithparams" => Form(("entryId", await w.ReadyVideoAsync())),

        "attachment_attachmentasset.add" => Form(("entryId", await w.MediaEntryAsync()), ("attachmentAsset:title", "mine")),
        "attachment_attachmentasset.setcontent" => Form(("id", await w.AttachmentAsync(ready: false)), ("contentResource:objectType", TokenResource), ("contentResource:token", await w.CallerTokenAsync(c, "mine.txt"))),
        "attachment_attachmentasset.update" => Form(("id", await w.AttachmentAsync(ready: false)), ("attachmentAsset:title", "taken")),
        "attachment_attachmentasset.get" => Form(("attachmentAssetId", await w.AttachmentAsync(ready: true))),
        "attachment_attachmentasset.list" => Form(("filter:entryIdEqual", await AttachmentEntryAsync(w))),
        "attachment_attachmentasset.delete" => Form(("attachmentAssetId", await w.AttachmentAsync(ready: false))),
        "attachment_attachmentasset.geturl" => Form(("id", await w.AttachmentAsync(ready: true))),
        "attachment_attachmentasset.serve" => Form(("attachmentAssetId", await w.AttachmentAsync(ready: true))),

        "bulkupload_bulk.get" => Form(("id", await w.AliceBulkJobAsync())),

        _ => throw new NotSupportedException($"No isolation scenario for {key}: add one here and its expected answers to IsolationExpectations."),
    };

    // Another user tries the partner's USER secret for an ADMIN session; another partner its own admin secret.
    private static Task<string> SessionSecretAsync(IsolationWorld w, Caller c) =>
        Task.FromResult(c == w.OtherUser
            ? w.Api.Simulator.Partners.Single(p => p.Id == IsolationWorld.OwnerPartner).UserSecret
            : w.Api.Simulator.Partners.Single(p => p.Id == IsolationWorld.OtherPartner).AdminSecret);

    // Asset lists must name their entries (KalturaAssetFilter::validateEntryIdFiltered): the entry of a ready attachment.
    private static async Task<string> AttachmentEntryAsync(IsolationWorld w)
    {
        var attachment = await w.AttachmentAsync(ready: true);
        var asset = await w.Api.CallAsync("attachment_attachmentAsset", "get", ("attachmentAssetId", attachment));
        return asset.GetProperty("entryId").GetString()!;
    }

    private static IsolationRequest Form(params (string Key, string Value)[] fields) => new(fields);

    private static async Task<IsolationRequest> Then(Task setUp, IsolationRequest request)
    {
        await setUp;
        return request;
    }
}
