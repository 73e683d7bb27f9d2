namespace KalturaGen.Client.Upload;

/// <summary>
/// The entry calls that turn an uploaded token into an entry: add (media.add, baseEntry.add), addContent with a
/// <c>KalturaUploadedFileTokenResource</c>, and get for status polling.
/// </summary>
public interface IEntryApi
{
    /// <summary>Creates an entry with no content yet and returns it.</summary>
    Task<EntryInfo> AddAsync(EntryDraft draft, CancellationToken cancellationToken);

    /// <summary>Attaches the uploaded token to the entry (addContent with an uploaded-file-token resource).</summary>
    Task<EntryInfo> AddContentAsync(EntryInfo entry, string uploadTokenId, CancellationToken cancellationToken);

    /// <summary>Reads the entry, for its status.</summary>
    Task<EntryInfo> GetAsync(EntryInfo entry, CancellationToken cancellationToken);

    /// <summary>
    /// The entry whose referenceId is <paramref name="referenceId"/> (baseEntry.listByReferenceId), or
    /// <see langword="null"/>: how a create whose answer was lost is found instead of being sent again.
    /// </summary>
    Task<EntryInfo?> FindByReferenceIdAsync(string referenceId, IngestEntryType type, CancellationToken cancellationToken);

    /// <summary>Deletes the entry (baseEntry.delete); the engine removes what a failed, unresumable upload created.</summary>
    Task DeleteAsync(EntryInfo entry, CancellationToken cancellationToken);

    /// <summary>The Kaltura error code carried by an exception this API threw, or <see langword="null"/>.</summary>
    string? ErrorCodeOf(Exception exception);
}

/// <summary>The entry to create for an uploaded file.</summary>
/// <param name="Name">The entry name.</param>
/// <param name="Type">Media, document or data.</param>
/// <param name="MediaType">For media entries: video, audio or image.</param>
/// <param name="ReferenceId">
/// The entry's referenceId; the engine sets one unique per upload, which finds the entry again when the answer to its
/// creation was lost.
/// </param>
public sealed record EntryDraft(string Name, IngestEntryType Type, IngestMediaType? MediaType = null, string? ReferenceId = null);

/// <summary>An entry as the server reports it.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Type">The kind of entry, which decides the service used for addContent and get.</param>
/// <param name="Status">The Kaltura entry status value (for example <c>"2"</c> for READY).</param>
public sealed record EntryInfo(string Id, IngestEntryType Type, string? Status)
{
    /// <summary>READY: processing finished.</summary>
    public bool IsReady => Status == EntryStatusValues.Ready;

    /// <summary>ERROR_CONVERTING or ERROR_IMPORTING: processing failed and will not recover by waiting.</summary>
    public bool IsFailed => Status is EntryStatusValues.ErrorConverting or EntryStatusValues.ErrorImporting;
}

/// <summary>The kinds of entry an uploaded file can become.</summary>
public enum IngestEntryType
{
    /// <summary>KalturaMediaEntry (video, audio, image): transcoded.</summary>
    Media,

    /// <summary>KalturaDocumentEntry (pdf, office documents): converted for web viewing.</summary>
    Document,

    /// <summary>KalturaDataEntry: stored and served as is.</summary>
    Data,
}

/// <summary>Kaltura media types (KalturaMediaType), with the same numeric values.</summary>
public enum IngestMediaType
{
    /// <summary>VIDEO.</summary>
    Video = 1,

    /// <summary>IMAGE.</summary>
    Image = 2,

    /// <summary>AUDIO.</summary>
    Audio = 5,
}

/// <summary>The Kaltura entry status values (KalturaEntryStatus is a string enum) the engine reacts to.</summary>
public static class EntryStatusValues
{
    /// <summary>ERROR_IMPORTING.</summary>
    public const string ErrorImporting = "-2";

    /// <summary>ERROR_CONVERTING.</summary>
    public const string ErrorConverting = "-1";

    /// <summary>IMPORT: waiting for the upload to finish.</summary>
    public const string Import = "0";

    /// <summary>PRECONVERT: converting.</summary>
    public const string Preconvert = "1";

    /// <summary>READY.</summary>
    public const string Ready = "2";

    /// <summary>NO_CONTENT.</summary>
    public const string NoContent = "7";
}
