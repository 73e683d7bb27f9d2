using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.BulkUploads;

/// <summary>
/// A bulk upload job as KalturaBulkUpload: its status on the clock, the error of a failed file, and the result of
/// each item once processed.
/// </summary>
internal static class BulkUploadMapper
{
    /// <summary>The wire object.</summary>
    public static WireObject ToWire(ActionContext context, BulkUploadRecord job)
    {
        var result = new WireObject("KalturaBulkUpload")
        {
            ["id"] = job.Id,
            ["uploadedBy"] = job.Session.UserId,
            ["uploadedByUserId"] = job.Session.UserId,
            ["uploadedOn"] = job.CreatedAt,
            ["numOfEntries"] = (long)job.Items.Count,
            ["status"] = (long)job.StatusAt(context.Now),
            ["bulkUploadType"] = job.BulkUploadType,
            ["fileName"] = job.FileName,
            ["numOfObjects"] = (long)job.Items.Count,
            ["bulkUploadObjectType"] = "1",
        };
        if (job.Processed)
        {
            result["results"] = job.Results.ToList();
        }

        if (job.Processed && job.Failure is { } failure)
        {
            result["error"] = failure.Description;
            result["errorType"] = (long)Processing.Bulk.BulkJobFailure.AppErrorType;
            result["errorNumber"] = (long)failure.ErrorNumber;
        }

        return result;
    }
}
