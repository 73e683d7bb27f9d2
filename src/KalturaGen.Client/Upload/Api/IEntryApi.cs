using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The entry calls that turn an uploaded token into an entry: add (media.add, baseEntry.add), addContent with a
/// <c>KalturaUploadedFileTokenResource</c>, and get for status polling.
/// </summary>
public interface IEntryApi
{
    /// <summary>Creates an entry with no content yet and returns it as the server answered it.</summary>
    Task<BaseEntry> AddAsync(EntryDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Attaches the uploaded token to the entry (addContent with an uploaded-file-token resource); the entry's concrete
    /// type (<see cref="MediaEntry"/>, <see cref="DocumentEntry"/>, <see cref="DataEntry"/>) decides the service.
    /// </summary>
    Task<BaseEntry> AddContentAsync(BaseEntry entry, string uploadTokenId, CancellationToken cancellationToken);

    /// <summary>Reads the entry, for its status.</summary>
    Task<BaseEntry> GetAsync(BaseEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// The entry whose referenceId is <paramref name="referenceId"/> (baseEntry.listByReferenceId), or
    /// <see langword="null"/>: how a create whose answer was lost is found instead of being sent again.
    /// </summary>
    Task<BaseEntry?> FindByReferenceIdAsync(string referenceId, CancellationToken cancellationToken);

    /// <summary>Deletes the entry (baseEntry.delete); the engine removes what a failed, unresumable upload created.</summary>
    Task DeleteAsync(BaseEntry entry, CancellationToken cancellationToken);

    /// <summary>The Kaltura error code carried by an exception this API threw, or <see langword="null"/>.</summary>
    string? ErrorCodeOf(Exception exception);
}

/// <summary>The entry to create for an uploaded file.</summary>
/// <param name="Name">The entry name.</param>
/// <param name="Type">
/// <see cref="EntryType.MEDIA_CLIP"/>, <see cref="EntryType.DOCUMENT"/> or <see cref="EntryType.DATA"/>
/// (<see cref="UploadEntryTypes.Supported"/>).
/// </param>
/// <param name="MediaType">For media entries: video, audio or image.</param>
/// <param name="ReferenceId">
/// The entry's referenceId; the engine sets one unique per upload, which finds the entry again when the answer to its
/// creation was lost.
/// </param>
public sealed record EntryDraft(string Name, EntryType Type, MediaType? MediaType = null, string? ReferenceId = null);
