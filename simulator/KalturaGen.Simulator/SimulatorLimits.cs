namespace KalturaGen.Simulator;

/// <summary>
/// What one request, one upload token and the journal may hold. The request limits are PHP's
/// (<c>post_max_size</c>, <c>max_input_nesting_level</c>, <c>max_input_vars</c>, <c>max_file_uploads</c>), which PHP
/// enforces by dropping input silently; the simulator answers a clear error instead and parses nothing past a limit.
/// Config section <c>Simulator:Limits</c>.
/// </summary>
public sealed class SimulatorLimits
{
    /// <summary>
    /// Bytes of a form-urlencoded or JSON body, and of all multipart fields together (file parts are not counted:
    /// they stream to disk). Beyond it: POST_MAX_SIZE_EXCEEDED.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>How deep a parameter may nest (<c>a[b][c]</c>, <c>a:b:c</c>, JSON objects), as PHP's max_input_nesting_level.</summary>
    public int MaxInputNestingLevel { get; set; } = 64;

    /// <summary>Variables per form source (query string, form body, multipart fields), as PHP's max_input_vars.</summary>
    public int MaxInputVars { get; set; } = 1000;

    /// <summary>Values in a JSON body (PHP's json_decode has no such limit; this one bounds memory).</summary>
    public int MaxJsonValues { get; set; } = 10_000;

    /// <summary>
    /// Bytes of a bulk upload file (CSV or XML), as PHP's upload_max_filesize bounds an uploaded file: a larger one
    /// is refused with UPLOAD_ERROR and no job is created.
    /// </summary>
    public long MaxBulkFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>File parts in one multipart body, as PHP's max_file_uploads.</summary>
    public int MaxFileUploads { get; set; } = 20;

    /// <summary>
    /// Out-of-order chunks parked per upload token: the server's MAX_CHUNKS_WAITING_FOR_CONCAT_ALLOWED, which it only
    /// logs; the simulator refuses the chunk beyond it with MAX_ALLOWED_CHUNK_COUNT_EXCEEDED.
    /// </summary>
    public int MaxPendingChunks { get; set; } = 1000;

    /// <summary>Journal entries kept; older ones are dropped first.</summary>
    public int JournalCapacity { get; set; } = 10_000;

    /// <summary>Characters of a journaled parameter value (or key) before it is cut with a <c>…[truncated, N chars]</c> marker.</summary>
    public int JournalValueLength { get; set; } = 1024;

    /// <summary>Characters of parameter keys and values the whole journal keeps; older entries are dropped first.</summary>
    public long JournalChars { get; set; } = 16L * 1024 * 1024;
}
