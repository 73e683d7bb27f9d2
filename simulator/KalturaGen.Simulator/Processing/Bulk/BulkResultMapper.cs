using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// The KalturaBulkUploadResultEntry of an item (the server's <c>BulkUploadResultEntry</c>): status OK (2) with the
/// entry's id and status, or ERROR (1) with the API error's message, code and errorType KALTURA_API.
/// </summary>
internal static class BulkResultMapper
{
    private const string ResultOk = "2";
    private const string ResultError = "1";

    /// <summary>The result of an item that was applied.</summary>
    public static WireObject Ok(ActionContext context, BulkUploadRecord job, BulkItem item, EntryRecord entry, bool? thumbnailsSaved)
    {
        var result = Common(context, job, item);
        result["status"] = ResultOk;
        result["objectId"] = entry.Id;
        result["objectStatus"] = (long)entry.Status;
        result["entryId"] = entry.Id;
        result["entryStatus"] = (long)entry.Status;
        result["title"] = entry.Name;
        result["description"] = entry.Props.GetValueOrDefault("description");
        result["tags"] = entry.Props.GetValueOrDefault("tags");
        result["category"] = entry.Props.GetValueOrDefault("categories");
        result["referenceId"] = entry.ReferenceId;
        result["ownerId"] = entry.UserId;
        result["creatorId"] = entry.CreatorId;
        result["thumbnailSaved"] = thumbnailsSaved;
        return result;
    }

    /// <summary>The result of an item that failed on an API error; its entry, if any, is untouched.</summary>
    public static WireObject Error(ActionContext context, BulkUploadRecord job, BulkItem item, ApiError error)
    {
        var result = Common(context, job, item);
        result["status"] = ResultError;
        result["entryId"] = item.EntryId;
        result["title"] = item.Name;
        result["referenceId"] = item.ReferenceId;
        result["errorDescription"] = error.Message;
        result["errorCode"] = error.Code;
        result["errorType"] = (long)BulkJobFailure.KalturaApiErrorType;
        return result;
    }

    private static WireObject Common(ActionContext context, BulkUploadRecord job, BulkItem item) => new("KalturaBulkUploadResultEntry")
    {
        ["id"] = context.State.NextSequence(),
        ["bulkUploadJobId"] = job.Id,
        ["lineIndex"] = (long)item.LineIndex,
        ["partnerId"] = (long)job.PartnerId,
        ["action"] = ((int)item.Action).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["bulkUploadResultObjectType"] = "1",
        ["rowData"] = item.RowData,
        ["url"] = item.Contents.FirstOrDefault(c => c.Url is not null)?.Url,
        ["thumbnailUrl"] = item.Thumbnails.FirstOrDefault(t => t.Url is not null)?.Url,
    };
}
