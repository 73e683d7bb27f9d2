namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>One item of a bulk upload file (an XML <c>&lt;item&gt;</c> or a CSV line), whatever the format.</summary>
internal sealed record BulkItem
{
    /// <summary>Position in the file, from 1 (the result's lineIndex).</summary>
    public required int LineIndex { get; init; }
    /// <summary>What the item does.</summary>
    public required BulkAction Action { get; init; }
    /// <summary>The item as it was written (the result's rowData).</summary>
    public required string RowData { get; init; }
    /// <summary>The entry an update or delete acts on.</summary>
    public string? EntryId { get; init; }
    /// <summary>The entry type (KalturaEntryType); media clips when absent.</summary>
    public int? EntryType { get; init; }
    /// <summary>The media type (KalturaMediaType).</summary>
    public int? MediaType { get; init; }
    /// <summary>The entry's name.</summary>
    public string? Name { get; init; }
    /// <summary>The entry's description.</summary>
    public string? Description { get; init; }
    /// <summary>The tags, comma-separated.</summary>
    public string? Tags { get; init; }
    /// <summary>The entry's referenceId.</summary>
    public string? ReferenceId { get; init; }
    /// <summary>The category full names, comma-separated.</summary>
    public string? Categories { get; init; }
    /// <summary>The content: one source file, or one file per flavor params id.</summary>
    public IReadOnlyList<BulkContent> Contents { get; init; } = [];
    /// <summary>The thumbnails.</summary>
    public IReadOnlyList<BulkContent> Thumbnails { get; init; } = [];
}

/// <summary>What a bulk item does (KalturaBulkUploadAction).</summary>
internal enum BulkAction
{
    /// <summary>1: creates an entry.</summary>
    Add = 1,

    /// <summary>2: changes an entry's metadata (and its content, when the item has some).</summary>
    Update = 2,

    /// <summary>3: deletes an entry.</summary>
    Delete = 3,
}

/// <summary>
/// A file an item names: from a URL (<c>urlContentResource</c>) or an upload token
/// (<c>uploadedFileContentResource</c>), for a flavor params id when given.
/// </summary>
internal sealed class BulkContent
{
    /// <summary>The flavor params the file is for; null for the source.</summary>
    public int? FlavorParamsId { get; init; }
    /// <summary>The URL to import.</summary>
    public string? Url { get; init; }
    /// <summary>The upload token holding the file.</summary>
    public string? Token { get; init; }
    /// <summary>The URL's bytes, fetched when the job was added; null when the fetch failed or there is no URL.</summary>
    public ReadyFile? Fetched { get; set; }
}
