namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// Why a whole bulk upload job failed: the job's <c>error</c>, <c>errorType</c> (KalturaBatchJobErrorTypes) and
/// <c>errorNumber</c> (the batch's KalturaBatchJobAppErrors), as the server's bulk upload engine reports them.
/// </summary>
/// <param name="Description">The error text.</param>
/// <param name="ErrorNumber">The KalturaBatchJobAppErrors value.</param>
internal sealed record BulkJobFailure(string Description, int ErrorNumber)
{
    /// <summary>KalturaBatchJobErrorTypes APP: every failure of the file itself.</summary>
    public const int AppErrorType = 0;

    /// <summary>KalturaBatchJobErrorTypes KALTURA_API: an item failed on an API error.</summary>
    public const int KalturaApiErrorType = 4;

    /// <summary>BULK_VALIDATION_FAILED: the file is not well-formed or not an ingestion file.</summary>
    public const int ValidationFailed = 72;

    /// <summary>BULK_NO_ENTRIES_HANDLED: the file holds no item.</summary>
    public const int NoEntriesHandled = 76;

    /// <summary>BULK_ACTION_NOT_SUPPORTED: an item's action is not one the engine knows.</summary>
    public const int ActionNotSupported = 77;

    /// <summary>BULK_MISSING_MANDATORY_PARAMETER: an update or delete without its entry id.</summary>
    public const int MissingMandatoryParameter = 78;
}
