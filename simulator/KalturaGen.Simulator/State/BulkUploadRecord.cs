using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Processing.Bulk;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.State;

/// <summary>
/// A bulk upload job (the server's BULKUPLOAD batch job): the parsed file, the caller it runs as, and once
/// processed, the result of each item. Its status follows the clock: PENDING, QUEUED and PROCESSING for one
/// <see cref="SimulatorOptions.BulkUploadStepTime"/> each, then FINISHED, FINISHED_PARTIALLY or FAILED.
/// </summary>
internal sealed class BulkUploadRecord
{
    /// <summary>The job id.</summary>
    public required long Id { get; init; }
    /// <summary>Owning partner.</summary>
    public required int PartnerId { get; init; }
    /// <summary>The session of the bulkUploadAdd call; the items run as this caller.</summary>
    public required SessionContext Session { get; init; }
    /// <summary>Where the bulkUploadAdd call came from (for the URLs entries hand out).</summary>
    public required RequestOrigin Origin { get; init; }
    /// <summary>The bulkUploadAdd action, for the context the items run in.</summary>
    public required ActionDef Definition { get; init; }
    /// <summary>The file name as uploaded.</summary>
    public required string FileName { get; init; }
    /// <summary>The KalturaBulkUploadType value (bulkUploadCsv.CSV, bulkUploadXml.XML).</summary>
    public required string BulkUploadType { get; init; }
    /// <summary>When the job was added (Unix seconds).</summary>
    public required long CreatedAt { get; init; }
    /// <summary>How long each of PENDING, QUEUED and PROCESSING lasts, in seconds.</summary>
    public required long StepSeconds { get; init; }
    /// <summary>The items the file holds, in file order.</summary>
    public required IReadOnlyList<BulkItem> Items { get; init; }
    /// <summary>Why the whole file fails (not well-formed, wrong root, ...); null when its items are processed.</summary>
    public BulkJobFailure? Failure { get; set; }
    /// <summary>Whether the items were processed (they are, once the job reaches PROCESSING).</summary>
    public bool Processed { get; set; }
    /// <summary>One result per processed item.</summary>
    public List<WireObject> Results { get; } = [];
    /// <summary>How many items ended in an error.</summary>
    public int ErrorCount { get; set; }

    /// <summary>When the job starts PROCESSING and its items are applied.</summary>
    public long ProcessingAt => CreatedAt + (2 * StepSeconds);

    /// <summary>The KalturaBatchJobStatus at a time.</summary>
    public int StatusAt(long now)
    {
        if (now < CreatedAt + StepSeconds)
        {
            return BatchJobStatus.Pending;
        }

        if (now < ProcessingAt)
        {
            return BatchJobStatus.Queued;
        }

        if (now < ProcessingAt + StepSeconds || !Processed)
        {
            return BatchJobStatus.Processing;
        }

        return Failure is not null ? BatchJobStatus.Failed
            : ErrorCount > 0 ? BatchJobStatus.FinishedPartially
            : BatchJobStatus.Finished;
    }
}

/// <summary>The KalturaBatchJobStatus values a bulk upload job goes through.</summary>
internal static class BatchJobStatus
{
    /// <summary>0</summary>
    public const int Pending = 0;
    /// <summary>1</summary>
    public const int Queued = 1;
    /// <summary>2</summary>
    public const int Processing = 2;
    /// <summary>5</summary>
    public const int Finished = 5;
    /// <summary>6</summary>
    public const int Failed = 6;
    /// <summary>12</summary>
    public const int FinishedPartially = 12;
}
