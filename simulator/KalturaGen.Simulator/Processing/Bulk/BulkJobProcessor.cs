using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// Runs the bulk upload jobs whose PROCESSING time has come on the clock: each item is applied as the job's
/// caller and gets a result (OK with its entry, or ERROR with the API error); a file that failed its checks
/// applies nothing. Called while the lifecycle settles, under the state gate.
/// </summary>
internal static class BulkJobProcessor
{
    /// <summary>Processes every job that reached PROCESSING, oldest first.</summary>
    public static void ProcessDue(SimulatorRuntime runtime, long now)
    {
        foreach (var job in runtime.State.BulkUploads.Values.Where(j => !j.Processed && j.ProcessingAt <= now).OrderBy(j => j.Id).ToList())
        {
            job.Processed = true;
            if (job.Failure is not null)
            {
                continue;
            }

            foreach (var item in job.Items)
            {
                job.Results.Add(Process(runtime, job, item));
            }
        }
    }

    private static Wire.WireObject Process(SimulatorRuntime runtime, BulkUploadRecord job, BulkItem item)
    {
        var args = new Dictionary<string, object?>(StringComparer.Ordinal) { ["entryId"] = item.EntryId };
        var context = new ActionContext(runtime, "media", "bulkuploadadd", job.Definition, args, job.Session, job.Origin, CancellationToken.None);
        try
        {
            var entry = BulkItemProcessor.Apply(context, item);
            return BulkResultMapper.Ok(context, job, item, entry, ThumbnailsSaved(context, item));
        }
        catch (ApiException ex)
        {
            job.ErrorCount++;
            return BulkResultMapper.Error(context, job, item, runtime.Errors.Format(ex));
        }
        finally
        {
            // Attached files were moved into the content store; what is left (a failed item's files, thumbnails,
            // for which this API has no asset service) is let go.
            foreach (var file in item.Contents.Concat(item.Thumbnails).Select(c => c.Fetched))
            {
                if (file is not null && File.Exists(file.Path))
                {
                    File.Delete(file.Path);
                }
            }

            context.DeleteTemporaryFiles();
        }
    }

    // Every thumbnail's file is there: its URL answered, or its upload token holds a whole file of the partner.
    private static bool? ThumbnailsSaved(ActionContext context, BulkItem item) =>
        item.Thumbnails.Count == 0 ? null : item.Thumbnails.All(t => t.Url is not null
            ? t.Fetched is not null
            : context.State.Tokens.GetValueOrDefault(t.Token ?? "") is { Status: UploadTokenStatus.FullUpload } token && token.PartnerId == context.PartnerId);
}
