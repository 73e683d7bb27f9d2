using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The entry calls of ingestion, on the generated client, following Kaltura's guide: media entries by media.add and
/// media.addContent; documents by baseEntry.add (KalturaDocumentEntry) and documents.addContent; data by baseEntry.add
/// (KalturaDataEntry) and baseEntry.addContent; status by baseEntry.get.
/// </summary>
/// <param name="client">The generated client.</param>
public sealed class KalturaEntryApi(KalturaClient client) : IEntryApi
{
    /// <inheritdoc/>
    public async Task<EntryInfo> AddAsync(EntryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        BaseEntry created = draft.Type switch
        {
            IngestEntryType.Media => await client.Media.AddAsync(
                new MediaEntry { Name = draft.Name, ReferenceId = draft.ReferenceId, MediaType = (MediaType)(int)(draft.MediaType ?? IngestMediaType.Video) },
                cancellationToken).ConfigureAwait(false),
            IngestEntryType.Document => await client.BaseEntry.AddAsync(
                new DocumentEntry { Name = draft.Name, ReferenceId = draft.ReferenceId, DocumentType = DocumentTypeOf(draft.Name) },
                cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => await client.BaseEntry.AddAsync(
                new DataEntry { Name = draft.Name, ReferenceId = draft.ReferenceId },
                cancellationToken: cancellationToken).ConfigureAwait(false),
        };
        return Map(created, draft.Type);
    }

    /// <inheritdoc/>
    public async Task<EntryInfo> AddContentAsync(EntryInfo entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var resource = new UploadedFileTokenResource { Token = uploadTokenId };
        BaseEntry updated = entry.Type switch
        {
            IngestEntryType.Media => await client.Media.AddContentAsync(entry.Id, resource, cancellationToken).ConfigureAwait(false),
            IngestEntryType.Document => await client.Documents.AddContentAsync(entry.Id, resource, cancellationToken).ConfigureAwait(false),
            _ => await client.BaseEntry.AddContentAsync(entry.Id, resource, cancellationToken).ConfigureAwait(false),
        };
        return Map(updated, entry.Type);
    }

    /// <inheritdoc/>
    public async Task<EntryInfo> GetAsync(EntryInfo entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Map(await client.BaseEntry.GetAsync(entry.Id, cancellationToken: cancellationToken).ConfigureAwait(false), entry.Type);
    }

    /// <inheritdoc/>
    public async Task<EntryInfo?> FindByReferenceIdAsync(string referenceId, IngestEntryType type, CancellationToken cancellationToken)
    {
        // Every status but DELETED, unlike baseEntry.list, whose default criteria would hide a NO_CONTENT entry.
        var found = await client.BaseEntry.ListByReferenceIdAsync(referenceId, new FilterPager { PageSize = 1 }, cancellationToken).ConfigureAwait(false);
        return found.Objects is [var entry, ..] ? Map(entry, type) : null;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(EntryInfo entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return client.BaseEntry.DeleteAsync(entry.Id, cancellationToken);
    }

    /// <inheritdoc/>
    public string? ErrorCodeOf(Exception exception) => (exception as KalturaApiException)?.Code;

    private static DocumentType DocumentTypeOf(string name) =>
        Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => DocumentType.PDF,
            ".swf" => DocumentType.SWF,
            _ => DocumentType.DOCUMENT,
        };

    private static EntryInfo Map(BaseEntry entry, IngestEntryType type) => new(
        entry.Id ?? throw new UploadException("The server answered an entry without an id."),
        type,
        entry.Status?.Value);
}
