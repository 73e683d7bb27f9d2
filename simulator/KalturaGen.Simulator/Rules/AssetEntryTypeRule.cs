using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// Which entries the asset services work on; any other entry is reported as ENTRY_ID_NOT_FOUND, as if it did
/// not exist. Flavors (<c>FlavorAssetService::addAction</c>): media clips whose media type is video or audio.
/// Attachments (<c>AttachmentAssetService::getEnabledMediaTypes</c>): media clips of any media type, live streams
/// and AUTOMATIC entries, checked on add, setContent, update and delete.
/// </summary>
internal static class AssetEntryTypeRule
{
    private const int LiveStream = 7;

    /// <summary>The entry a flavor asset may be added to.</summary>
    public static EntryRecord RequireFlavorEntry(ActionContext context, string? entryId) =>
        context.FindEntry(entryId) is { Type: EntryType.MediaClip, MediaType: MediaType.Video or MediaType.Audio } entry
            ? entry
            : throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);

    /// <summary>The entry an attachment asset may be added to.</summary>
    public static EntryRecord RequireAttachmentEntry(ActionContext context, string? entryId) =>
        context.FindEntry(entryId) is { } entry && AcceptsAttachments(entry)
            ? entry
            : throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);

    /// <summary>Whether the entry type takes attachments.</summary>
    public static bool AcceptsAttachments(EntryRecord entry) => entry.Type is EntryType.MediaClip or EntryType.Automatic or LiveStream;
}
