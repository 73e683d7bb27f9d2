namespace KalturaGen.Simulator.State;

/// <summary>A flavor asset or an attachment asset.</summary>
internal sealed class AssetRecord
{
    /// <summary>Creation order, to break ties between objects created in the same second.</summary>
    public long Sequence { get; init; }

    /// <summary>The asset id.</summary>
    public required string Id { get; init; }
    /// <summary>The entry the asset belongs to.</summary>
    public required string EntryId { get; set; }
    /// <summary>Owning partner.</summary>
    public required int PartnerId { get; init; }
    /// <summary>KalturaFlavorAsset or KalturaAttachmentAsset.</summary>
    public required string ClassName { get; init; }
    /// <summary>Flavor params id (0 for the source); null for attachments.</summary>
    public int? FlavorParamsId { get; set; }
    /// <summary>Whether this flavor is the entry's original.</summary>
    public bool IsOriginal { get; set; }
    /// <summary>Status (flavor: -1 error, 0 queued, 1 converting, 2 ready, 3 deleted, 7 importing).</summary>
    public int Status { get; set; }
    /// <summary>Where the bytes are; null while there are none.</summary>
    public string? ContentPath { get; set; }
    /// <summary>File extension.</summary>
    public string? FileExt { get; set; }
    /// <summary>Size in bytes of the content.</summary>
    public long SizeBytes { get; set; }
    /// <summary>Rendition width.</summary>
    public int Width { get; set; }
    /// <summary>Rendition height.</summary>
    public int Height { get; set; }
    /// <summary>Rendition bitrate (kbps).</summary>
    public int Bitrate { get; set; }
    /// <summary>Creation time.</summary>
    public long CreatedAt { get; init; }
    /// <summary>Last update.</summary>
    public long UpdatedAt { get; set; }
    /// <summary>When deleted.</summary>
    public long? DeletedAt { get; set; }
    /// <summary>Content version.</summary>
    public int Version { get; set; }
    /// <summary>When the running conversion completes; null when idle.</summary>
    public long? ReadyDueAt { get; set; }
    /// <summary>Whether the running conversion fails.</summary>
    public bool ConversionFails { get; set; }
    /// <summary>Client-settable properties (tags, title, format, description, ...).</summary>
    public Dictionary<string, object?> Props { get; } = new(StringComparer.Ordinal);
}

/// <summary>Flavor asset statuses.</summary>
internal static class FlavorStatus
{
    /// <summary>-1</summary>
    public const int Error = -1;
    /// <summary>0</summary>
    public const int Queued = 0;
    /// <summary>1</summary>
    public const int Converting = 1;
    /// <summary>2</summary>
    public const int Ready = 2;
    /// <summary>3</summary>
    public const int Deleted = 3;
    /// <summary>4</summary>
    public const int NotApplicable = 4;
    /// <summary>7</summary>
    public const int Importing = 7;
}

/// <summary>Attachment asset statuses (KalturaAttachmentAssetStatus).</summary>
internal static class AttachmentStatus
{
    /// <summary>-1</summary>
    public const int Error = -1;
    /// <summary>0</summary>
    public const int Queued = 0;
    /// <summary>2</summary>
    public const int Ready = 2;
    /// <summary>3</summary>
    public const int Deleted = 3;
}
