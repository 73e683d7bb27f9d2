using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing.Bulk;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Services.BulkUploads;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// media.bulkUploadAdd (<c>MediaService::bulkUploadAddAction</c>): queues a bulk upload job and answers it PENDING.
/// The file is a CSV (<see cref="BulkCsvParser"/>) or Kaltura's ingestion XML (<see cref="BulkXmlParser"/>), told
/// apart by the job data's class (KalturaBulkUploadXmlJobData / KalturaBulkUploadCsvJobData), else by the file's
/// extension. As on the server, a file the engine cannot use is not refused here: the job fails later, on the
/// clock, with the engine's error, and nothing of the file is applied. A file over
/// <see cref="SimulatorLimits.MaxBulkFileBytes"/> is refused with UPLOAD_ERROR, as PHP drops an upload over
/// upload_max_filesize.
/// </summary>
internal static class BulkUpload
{
    private const string XmlType = "bulkUploadXml.XML";
    private const string CsvType = "bulkUploadCsv.CSV";

    /// <summary>Handles the call.</summary>
    public static async ValueTask<object?> AddAsync(ActionContext context)
    {
        var file = context.File("fileData")!;
        var limit = context.Runtime.Options.Limits.MaxBulkFileBytes;
        if (file.Size > limit || file.TempPath is null)
        {
            throw new ApiException("UPLOAD_ERROR");
        }

        var type = TypeOf(context, file.Name);
        var parsed = type == XmlType
            ? BulkXmlParser.Parse(file.TempPath, limit)
            : BulkCsvParser.Parse(await File.ReadAllLinesAsync(file.TempPath, context.CancellationToken));
        if (parsed.Failure is null)
        {
            await BulkContentFetcher.FetchAsync(context, parsed.Items);
        }

        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            context.Runtime.Lifecycle.Settle();
            var id = context.State.NextSequence();
            var job = new BulkUploadRecord
            {
                Id = id,
                PartnerId = context.PartnerId,
                Session = context.Session,
                Origin = context.Origin,
                Definition = context.Definition,
                FileName = context.Object("bulkUploadData")?.GetString("fileName") ?? file.Name,
                BulkUploadType = type,
                CreatedAt = context.Now,
                StepSeconds = Math.Max(0, (long)context.Runtime.Options.BulkUploadStepTime.TotalSeconds),
                Items = parsed.Items,
                Failure = parsed.Failure is { ErrorNumber: BulkJobFailure.ValidationFailed } failure
                    ? failure with { Description = $"Validate files failed on job [{id}], {failure.Description}" }
                    : parsed.Failure,
            };
            context.State.BulkUploads[id] = job;
            return BulkUploadMapper.ToWire(context, job);
        }
        finally
        {
            context.State.Gate.Release();
        }
    }

    private static string TypeOf(ActionContext context, string fileName)
    {
        var data = context.Object("bulkUploadData");
        if (data is not null && data.Is(context.Schema, "KalturaBulkUploadXmlJobData"))
        {
            return XmlType;
        }

        if (data is not null && data.Is(context.Schema, "KalturaBulkUploadCsvJobData"))
        {
            return CsvType;
        }

        return MimeTypes.ExtensionOf(fileName) == "xml" ? XmlType : CsvType;
    }
}
