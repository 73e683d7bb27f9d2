namespace KalturaGen.Simulator.State;

/// <summary>
/// Everything the simulator remembers, guarded by <see cref="Gate"/>: handlers that only touch
/// metadata run inside it; byte work (uploads, URL fetches, serving) runs outside and re-enters it.
/// </summary>
internal sealed class SimulatorState
{
    private long _sequence;

    /// <summary>Creates an empty state for the given partners.</summary>
    public SimulatorState(IEnumerable<PartnerOptions> partners, int? seed)
    {
        var known = partners.ToList();
        Sessions.PartnerSecrets.Complete(known);
        foreach (var partner in known)
        {
            Partners[partner.Id] = partner;
        }

        Ids = new IdGenerator(seed);
    }

    /// <summary>The async lock every state change happens under.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Partners by id.</summary>
    public Dictionary<int, PartnerOptions> Partners { get; } = [];

    /// <summary>Upload tokens by id (deleted ones included, they are filtered on read).</summary>
    public Dictionary<string, UploadTokenRecord> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Entries by id (deleted ones included).</summary>
    public Dictionary<string, EntryRecord> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>Flavor and attachment assets by id.</summary>
    public Dictionary<string, AssetRecord> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>Bulk upload jobs by id.</summary>
    public Dictionary<long, BulkUploadRecord> BulkUploads { get; } = [];

    /// <summary>Moderation flags, oldest first (their ids are their position plus one).</summary>
    public List<ModerationFlagRecord> ModerationFlags { get; } = [];

    /// <summary>Hashes of KS strings ended with session.end.</summary>
    public HashSet<string> LoggedOutSessions { get; } = new(StringComparer.Ordinal);

    /// <summary>Uses per KS hash, for the actionslimit privilege.</summary>
    public Dictionary<string, int> SessionUses { get; } = new(StringComparer.Ordinal);

    /// <summary>Id source.</summary>
    public IdGenerator Ids { get; private set; }

    /// <summary>A number that grows with every created object, to order objects created in the same second.</summary>
    public long NextSequence() => ++_sequence;

    /// <summary>How many of the next conversions end in ERROR_CONVERTING (set through the admin API).</summary>
    public int ConversionFailuresToInject { get; set; }

    /// <summary>Forgets every token, entry, asset and session (partners stay).</summary>
    public void Clear(int? seed)
    {
        Tokens.Clear();
        Entries.Clear();
        Assets.Clear();
        BulkUploads.Clear();
        ModerationFlags.Clear();
        LoggedOutSessions.Clear();
        SessionUses.Clear();
        ConversionFailuresToInject = 0;
        Ids = new IdGenerator(seed);
    }
}
