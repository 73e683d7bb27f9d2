namespace KalturaGen.Simulator;

/// <summary>How a simulator instance behaves.</summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// The clock every timed behaviour runs on. Null: a <see cref="ManualClock"/> owned by the simulator
    /// (advance it with <see cref="KalturaSimulator.AdvanceTime"/>); pass <see cref="TimeProvider.System"/> for real time.
    /// </summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>
    /// Where the simulator logs (requests, actions and their error codes, see docs/telemetry.md); null: the host's own
    /// logging (warnings and errors on the console).
    /// </summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>How long a simulated conversion (PRECONVERT to READY) takes on the clock.</summary>
    public TimeSpan ConversionTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a URL import stays in IMPORT before conversion starts.</summary>
    public TimeSpan ImportTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a bulk upload job stays in each of PENDING, QUEUED and PROCESSING on the clock.</summary>
    public TimeSpan BulkUploadStepTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a verified final chunk waits on the clock for missing chunks before
    /// UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE (the server's upload_final_chunk_max_append_time, 45 s).
    /// </summary>
    public TimeSpan FinalChunkWait { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Real-time limit for fetching an addFromUrl / URL resource.</summary>
    public TimeSpan UrlFetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The partners; when empty, the default partner 100 is used.</summary>
    public List<PartnerOptions> Partners { get; set; } = [];

    /// <summary>Where uploaded bytes are kept; a fresh folder under the system temp folder when null.</summary>
    public string? StorageDirectory { get; set; }

    /// <summary>Seed for ids and random faults; random when null.</summary>
    public int? Seed { get; set; }

    /// <summary>
    /// QUIRK switch: with autoFinalize and <c>resumeAt=-1</c> the real server finalizes whenever the
    /// declared size is at least the current size (an inverted comparison). True (default) reproduces it.
    /// </summary>
    public bool AutoFinalizeAppendQuirk { get; set; } = true;

    /// <summary>Schema JSON to run on instead of the embedded ingestion schema (tests of the wire layer).</summary>
    public string? SchemaJson { get; set; }

    /// <summary>What one request, one upload token and the journal may hold.</summary>
    public SimulatorLimits Limits { get; set; } = new();

    /// <summary>
    /// The secret the HTTP admin API requires in the <c>X-KalturaGen-Admin-Token</c> header; a random one per
    /// simulator when null (the standalone simulator prints it at start-up).
    /// </summary>
    public string? AdminToken { get; set; }

    /// <summary>
    /// Lets the HTTP admin API answer callers on other machines too (a simulator in a container); the token is
    /// still required. Off by default: only loopback callers are answered.
    /// </summary>
    public bool AdminRemoteAccess { get; set; }

    /// <summary>The partners to use: <see cref="Partners"/>, or the default partner when none are given.</summary>
    public IReadOnlyList<PartnerOptions> EffectivePartners() => Partners.Count > 0 ? Partners : [PartnerOptions.CreateDefault()];
}
