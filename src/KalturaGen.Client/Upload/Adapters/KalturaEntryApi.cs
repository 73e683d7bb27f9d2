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
    public async Task<BaseEntry> AddAsync(EntryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        UploadEntryTypes.EnsureSupported(draft.Type, nameof(draft));
        BaseEntry created = draft.Type == EntryType.MEDIA_CLIP
            ? await client.Media.AddAsync(
                new MediaEntry { Name = draft.Name, ReferenceId = draft.ReferenceId, MediaType = draft.MediaType ?? MediaType.VIDEO },
                cancellationToken).ConfigureAwait(false)
            : draft.Type == EntryType.DOCUMENT
            ? await client.BaseEntry.AddAsync(
                new DocumentEntry { Name = draft.Name, ReferenceId = draft.ReferenceId, DocumentType = DocumentTypeOf(draft.Name) },
                cancellationToken: cancellationToken).ConfigureAwait(false)
            : await client.BaseEntry.AddAsync(
                new DataEntry { Name = draft.Name, ReferenceId = draft.ReferenceId },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        return Checked(created);
    }

    /// <inheritdoc/>
    public async Task<BaseEntry> AddContentAsync(BaseEntry entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var resource = new UploadedFileTokenResource { Token = uploadTokenId };
        var id = entry.RequiredId();
        BaseEntry updated = entry switch
        {
            MediaEntry => await client.Media.AddContentAsync(id, resource, cancellationToken).ConfigureAwait(false),
            DocumentEntry => await client.Documents.AddContentAsync(id, resource, cancellationToken).ConfigureAwait(false),
            _ => await client.BaseEntry.AddContentAsync(id, resource, cancellationToken).ConfigureAwait(false),
        };
        return Checked(updated);
    }

    /// <inheritdoc/>
    public async Task<BaseEntry> GetAsync(BaseEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Checked(await client.BaseEntry.GetAsync(entry.RequiredId(), cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async Task<BaseEntry?> FindByReferenceIdAsync(string referenceId, CancellationToken cancellationToken)
    {
        // Every status but DELETED, unlike baseEntry.list, whose default criteria would hide a NO_CONTENT entry.
        var found = await client.BaseEntry.ListByReferenceIdAsync(referenceId, new FilterPager { PageSize = 1 }, cancellationToken).ConfigureAwait(false);
        return found.Objects is [var entry, ..] ? Checked(entry) : null;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(BaseEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return client.BaseEntry.DeleteAsync(entry.RequiredId(), cancellationToken);
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

    /// <summary>The entry as the server answered it, once it is known to carry the id every later call needs.</summary>
    private static BaseEntry Checked(BaseEntry entry) =>
        entry.Id is null ? throw new UploadException("The server answered an entry without an id.") : entry;
}
