using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Services.BulkUploads;

/// <summary>
/// The bulkUpload plugin's <c>bulk</c> service (<c>BulkService</c>): follow the jobs media.bulkUploadAdd queues.
/// </summary>
internal static class BulkService
{
    private const string Service = "bulkupload_bulk";

    /// <summary>Registers the actions.</summary>
    public static void Map(ActionRegistry registry) => registry.Add(Service, "get", Get);

    /// <summary>
    /// bulk.get (<c>BulkService::getAction</c>): the caller's partner's job, else BULK_UPLOAD_NOT_FOUND.
    /// </summary>
    public static ValueTask<object?> Get(ActionContext context)
    {
        var id = context.Long("id");
        if (id is not { } jobId || !context.State.BulkUploads.TryGetValue(jobId, out var job) || job.PartnerId != context.PartnerId)
        {
            throw new ApiException("BULK_UPLOAD_NOT_FOUND", id);
        }

        return ValueTask.FromResult<object?>(BulkUploadMapper.ToWire(context, job));
    }
}
