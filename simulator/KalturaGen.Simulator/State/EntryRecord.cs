namespace KalturaGen.Simulator.State;

/// <summary>An entry: server-controlled fields typed, client-settable properties in <see cref="Props"/>.</summary>
internal sealed class EntryRecord
{
    /// <summary>Creation order, to break ties between objects created in the same second.</summary>
    public long Sequence { get; init; }

    /// <summary>The entry id, <c>0_</c> plus 8 base-36 characters.</summary>
    public required string Id { get; init; }
    /// <summary>Owning partner.</summary>
    public required int PartnerId { get; init; }
    /// <summary>The API class (KalturaMediaEntry, KalturaDataEntry, KalturaDocumentEntry, ...).</summary>
    public required string ClassName { get; set; }
    /// <summary>Entry type (1 media, 6 data, 10 document, -1 automatic).</summary>
    public int Type { get; set; }
    /// <summary>Media type (1 video, 2 image, 5 audio) for media entries.</summary>
    public int? MediaType { get; set; }
    /// <summary>Status, see <see cref="EntryStatus"/>.</summary>
    public int Status { get; set; } = EntryStatus.NoContent;
    /// <summary>Moderation status (6 auto-approved by default).</summary>
    public int ModerationStatus { get; set; } = Moderation.AutoApproved;
    /// <summary>The entry's moderation_count column: approve and reject reset it to 0.</summary>
    public int ModerationCount { get; set; }
    /// <summary>Display in search (2 Kaltura network by default, -1 system, -2 recycled).</summary>
    public int DisplayInSearch { get; set; } = DisplayInSearchType.PartnerOnly;
    /// <summary>The value saved by recycle, restored by restoreRecycled.</summary>
    public int? DisplayInSearchBeforeRecycle { get; set; }
    /// <summary>When recycled (Unix seconds).</summary>
    public long? RecycledAt { get; set; }
    /// <summary>The owner's puser id.</summary>
    public string UserId { get; set; } = "";
    /// <summary>The creator's puser id.</summary>
    public string CreatorId { get; set; } = "";
    /// <summary>Creation time.</summary>
    public long CreatedAt { get; init; }
    /// <summary>Last update.</summary>
    public long UpdatedAt { get; set; }
    /// <summary>The entry being replaced by this temporary entry.</summary>
    public string? ReplacedEntryId { get; set; }
    /// <summary>The temporary entry replacing this one.</summary>
    public string? ReplacingEntryId { get; set; }
    /// <summary>Replacement status (0 none ... 4 failed).</summary>
    public int ReplacementStatus { get; set; }
    /// <summary>True for replacement temp entries.</summary>
    public bool IsTemporary { get; set; }
    /// <summary>Content version, bumped when content is replaced.</summary>
    public int Version { get; set; }
    /// <summary>When the running import/conversion step completes (Unix seconds); null when idle.</summary>
    public long? TransitionDueAt { get; set; }
    /// <summary>Whether the running step ends in an error.</summary>
    public bool TransitionFails { get; set; }
    /// <summary>Duration in milliseconds, set when ready.</summary>
    public long? DurationMs { get; set; }
    /// <summary>Data entries: the stored text content.</summary>
    public string? DataContent { get; set; }
    /// <summary>Image and data entries: the stored file (media entries keep content in flavor assets).</summary>
    public string? ContentPath { get; set; }
    /// <summary>Extension of <see cref="ContentPath"/>.</summary>
    public string? ContentExt { get; set; }
    /// <summary>A URL import in progress: the fetched file (null when the fetch failed).</summary>
    public ReadyFileRef? ImportFile { get; set; }
    /// <summary>Clones waiting for this entry to become ready to receive its content.</summary>
    public List<string> CloneTargets { get; } = [];
    /// <summary>Client-settable properties (name, description, tags, referenceId, ...).</summary>
    public Dictionary<string, object?> Props { get; } = new(StringComparer.Ordinal);

    /// <summary>The entry's name.</summary>
    public string? Name => Props.GetValueOrDefault("name") as string;

    /// <summary>The entry's referenceId.</summary>
    public string? ReferenceId => Props.GetValueOrDefault("referenceId") as string;
}

/// <summary>A fetched file waiting for its import to complete.</summary>
/// <param name="Path">Where the bytes are.</param>
/// <param name="FileName">The name from the URL.</param>
internal sealed record ReadyFileRef(string Path, string? FileName);

/// <summary>Entry status values: KalturaEntryStatus of the schema (StatusConstantsTests holds them to it).</summary>
internal static class EntryStatus
{
    /// <summary>-2</summary>
    public const int ErrorImporting = -2;
    /// <summary>-1</summary>
    public const int ErrorConverting = -1;
    /// <summary>0</summary>
    public const int Import = 0;
    /// <summary>1</summary>
    public const int Preconvert = 1;
    /// <summary>2</summary>
    public const int Ready = 2;
    /// <summary>3</summary>
    public const int Deleted = 3;
    /// <summary>4</summary>
    public const int Pending = 4;
    /// <summary>5</summary>
    public const int Moderate = 5;
    /// <summary>6</summary>
    public const int Blocked = 6;
    /// <summary>7</summary>
    public const int NoContent = 7;
}

/// <summary>Entry types.</summary>
internal static class EntryType
{
    /// <summary>-1: decided by the content.</summary>
    public const int Automatic = -1;
    /// <summary>1</summary>
    public const int MediaClip = 1;
    /// <summary>6</summary>
    public const int Data = 6;
    /// <summary>10</summary>
    public const int Document = 10;
}

/// <summary>Media types.</summary>
internal static class MediaType
{
    /// <summary>1</summary>
    public const int Video = 1;
    /// <summary>2</summary>
    public const int Image = 2;
    /// <summary>5</summary>
    public const int Audio = 5;
}

/// <summary>Moderation statuses.</summary>
internal static class Moderation
{
    /// <summary>1</summary>
    public const int PendingModeration = 1;
    /// <summary>2</summary>
    public const int Approved = 2;
    /// <summary>3</summary>
    public const int Rejected = 3;
    /// <summary>4</summary>
    public const int Deleted = 4;
    /// <summary>5</summary>
    public const int FlaggedForReview = 5;
    /// <summary>6</summary>
    public const int AutoApproved = 6;
}

/// <summary>displayInSearch values.</summary>
internal static class DisplayInSearchType
{
    /// <summary>-2</summary>
    public const int Recycled = -2;
    /// <summary>-1</summary>
    public const int System = -1;
    /// <summary>0</summary>
    public const int None = 0;
    /// <summary>1</summary>
    public const int PartnerOnly = 1;
    /// <summary>2</summary>
    public const int KalturaNetwork = 2;
}

/// <summary>Replacement statuses.</summary>
internal static class ReplacementStatus
{
    /// <summary>0</summary>
    public const int None = 0;
    /// <summary>1</summary>
    public const int ApprovedButNotReady = 1;
    /// <summary>2</summary>
    public const int ReadyButNotApproved = 2;
    /// <summary>3</summary>
    public const int NotReadyAndNotApproved = 3;
    /// <summary>4</summary>
    public const int Failed = 4;
}
