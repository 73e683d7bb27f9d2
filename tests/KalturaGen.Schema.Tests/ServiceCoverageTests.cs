using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>The ingestion description covers every service and action of Kaltura's upload and ingestion guide.</summary>
public sealed class ServiceCoverageTests
{
    private static readonly IngestionSchema Doc = IngestionSchema.Instance;

    public static TheoryData<string, string, string> RequiredActions()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string id, string name, string actions)
        {
            foreach (var action in actions.Split(' '))
            {
                data.Add(id, name, action);
            }
        }

        Add("session", "session", "start end");
        Add("system", "system", "ping");
        Add("uploadtoken", "uploadToken", "add get upload list delete");
        Add("media", "media", "add addContent updateContent approveReplace cancelReplace addFromUrl addFromEntry addFromFlavorAsset get list count update delete convert bulkUploadAdd flag reject approve listFlags");
        Add("baseentry", "baseEntry", "add addContent get getByIds list listByReferenceId clone recycle restoreRecycled delete export flag reject approve listFlags");
        Add("data", "data", "add addContent get update delete list serve");
        Add("document_documents", "documents", "addContent updateContent convert get update delete list serve serveByFlavorParamsId");
        Add("flavorasset", "flavorAsset", "list get add setContent convert reconvert getUrl export setAsSource delete getFlavorAssetsWithParams");
        Add("attachment_attachmentasset", "attachmentAsset", "add setContent update get list delete getUrl serve");
        Add("bulkupload_bulk", "bulk", "get");
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredActions))]
    public void ActionExists(string serviceId, string clientName, string action)
    {
        Assert.Equal(Identifiers.Pascal(clientName), Doc.Service(serviceId).Name);
        Assert.NotNull(Doc.Action(serviceId, action));
    }

    public static TheoryData<string, string, string, string> Signatures() => new()
    {
        { "session", "start", "secret:string, userId:string=\"\", type:KalturaSessionType=0, partnerId:integer=null, expiry:integer=86400, privileges:string=null", "string" },
        { "session", "end", "", "void" },
        { "system", "ping", "", "boolean" },
        { "uploadtoken", "add", "uploadToken:KalturaUploadToken=null", "KalturaUploadToken" },
        { "uploadtoken", "upload", "uploadTokenId:string, fileData:file, resume:boolean=false, finalChunk:boolean=true, resumeAt:number=-1", "KalturaUploadToken" },
        { "uploadtoken", "list", "filter:KalturaUploadTokenFilter=null, pager:KalturaFilterPager=null", "KalturaUploadTokenListResponse" },
        { "uploadtoken", "delete", "uploadTokenId:string", "void" },
        { "media", "add", "entry:KalturaMediaEntry", "KalturaMediaEntry" },
        { "media", "addContent", "entryId:string, resource:KalturaResource=null", "KalturaMediaEntry" },
        { "media", "updateContent", "entryId:string, resource:KalturaResource, conversionProfileId:integer=null, advancedOptions:KalturaEntryReplacementOptions=null", "KalturaMediaEntry" },
        { "media", "addFromUrl", "mediaEntry:KalturaMediaEntry, url:string", "KalturaMediaEntry" },
        { "media", "addFromEntry", "sourceEntryId:string, mediaEntry:KalturaMediaEntry=null, sourceFlavorParamsId:integer=null", "KalturaMediaEntry" },
        { "media", "get", "entryId:string, version:integer=-1", "KalturaMediaEntry" },
        { "media", "count", "filter:KalturaMediaEntryFilter=null", "integer" },
        { "media", "convert", "entryId:string, conversionProfileId:integer=null, dynamicConversionAttributes:KalturaConversionAttribute[]=null", "int64" },
        { "media", "bulkUploadAdd", "fileData:file, bulkUploadData:KalturaBulkUploadJobData=null, bulkUploadEntryData:KalturaBulkUploadEntryData=null", "KalturaBulkUpload" },
        { "bulkupload_bulk", "get", "id:integer", "KalturaBulkUpload" },
        { "baseentry", "add", "entry:KalturaBaseEntry, type:KalturaEntryType=null", "KalturaBaseEntry" },
        { "baseentry", "addContent", "entryId:string, resource:KalturaResource", "KalturaBaseEntry" },
        { "baseentry", "getByIds", "entryIds:string", "KalturaBaseEntry[]" },
        { "baseentry", "listByReferenceId", "refId:string, pager:KalturaFilterPager=null", "KalturaBaseEntryListResponse" },
        { "baseentry", "clone", "entryId:string, cloneOptions:KalturaBaseEntryCloneOptionItem[]=null", "KalturaBaseEntry" },
        { "baseentry", "export", "entryId:string, storageProfileId:integer", "KalturaBaseEntry" },
        // BaseEntryService / MediaService flagAction, rejectAction, approveAction, listFlags (no @return: void).
        { "baseentry", "flag", "moderationFlag:KalturaModerationFlag", "void" },
        { "baseentry", "reject", "entryId:string", "void" },
        { "baseentry", "approve", "entryId:string", "void" },
        { "baseentry", "listFlags", "entryId:string, pager:KalturaFilterPager=null", "KalturaModerationFlagListResponse" },
        { "media", "flag", "moderationFlag:KalturaModerationFlag", "void" },
        { "media", "listFlags", "entryId:string, pager:KalturaFilterPager=null", "KalturaModerationFlagListResponse" },
        { "data", "addContent", "entryId:string, resource:KalturaGenericDataCenterContentResource", "KalturaDataEntry" },
        { "data", "serve", "entryId:string, version:integer=-1, forceProxy:boolean=false", "file" },
        { "document_documents", "serve", "entryId:string, flavorAssetId:string=null, forceProxy:boolean=false", "file" },
        { "flavorasset", "setContent", "id:string, contentResource:KalturaContentResource", "KalturaFlavorAsset" },
        { "flavorasset", "convert", "entryId:string, flavorParamsId:integer, priority:integer=0", "void" },
        { "flavorasset", "getUrl", "id:string, storageId:integer=null, forceProxy:boolean=false, options:KalturaFlavorAssetUrlOptions=null", "string" },
        { "flavorasset", "getFlavorAssetsWithParams", "entryId:string", "KalturaFlavorAssetWithParams[]" },
        { "attachment_attachmentasset", "add", "entryId:string, attachmentAsset:KalturaAttachmentAsset", "KalturaAttachmentAsset" },
        { "attachment_attachmentasset", "list", "filter:KalturaAssetFilter=null, pager:KalturaFilterPager=null", "KalturaAttachmentAssetListResponse" },
        { "attachment_attachmentasset", "serve", "attachmentAssetId:string, serveOptions:KalturaAttachmentServeOptions=null", "file" },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void ActionHasKalturasSignature(string serviceId, string action, string parameters, string result)
    {
        var model = Doc.Action(serviceId, action);

        Assert.Equal(parameters, string.Join(", ", model.Params.Select(Describe)));
        Assert.Equal(result, model.Result is { } type ? Doc.Spell(type) : "void");
    }

    [Theory]
    [InlineData("session", "start", "none")]
    [InlineData("session", "end", "optional")]
    [InlineData("system", "ping", "none")]
    [InlineData("uploadtoken", "upload", "always")]
    [InlineData("media", "add", "always")]
    [InlineData("data", "serve", "always")]
    [InlineData("document_documents", "serve", "optional")]
    [InlineData("attachment_attachmentasset", "serve", "optional")]
    public void ActionDeclaresItsSessionRequirement(string serviceId, string action, string session)
    {
        Assert.Equal(session, Doc.Action(serviceId, action).Session);
    }

    [Theory]
    [InlineData("uploadtoken", "upload", "UPLOAD_TOKEN_NOT_FOUND UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD UPLOAD_TOKEN_CANNOT_RESUME UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED")]
    [InlineData("uploadtoken", "add", "UPLOAD_TOKEN_MISSING_FILE_SIZE")]
    [InlineData("media", "addContent", "ENTRY_ID_NOT_FOUND ENTRY_ALREADY_WITH_CONTENT UPLOAD_TOKEN_NOT_FOUND")]
    [InlineData("baseentry", "recycle", "FEATURE_RECYCLE_BIN_DISABLED INVALID_ENTRY_STATUS_FOR_RECYCLE")]
    [InlineData("attachment_attachmentasset", "get", "ATTACHMENT_ASSET_ID_NOT_FOUND")]
    public void ActionThrowsItsErrors(string serviceId, string action, string codes)
    {
        var throws = Doc.Action(serviceId, action).Throws.Select(t => t.Code).ToHashSet();

        Assert.All(codes.Split(' '), code => Assert.Contains(code, throws));
    }

    private static string Describe(ParamModel param)
    {
        var text = $"{param.WireName}:{Doc.Spell(param.Type)}";
        return param.Default switch
        {
            null => text,
            { Kind: DefaultKind.String } value => $"{text}=\"{value.Text}\"",
            { } value => $"{text}={value.Text}",
        };
    }
}
