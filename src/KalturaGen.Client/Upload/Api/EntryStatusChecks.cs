using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>What the engine reads from an entry's <see cref="BaseEntry.Status"/>.</summary>
public static class EntryStatusChecks
{
    /// <summary>READY: processing finished.</summary>
    public static bool IsReady(this BaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status == EntryStatus.READY;
    }

    /// <summary>ERROR_CONVERTING or ERROR_IMPORTING: processing failed and will not recover by waiting.</summary>
    public static bool IsFailed(this BaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status == EntryStatus.ERROR_CONVERTING || entry.Status == EntryStatus.ERROR_IMPORTING;
    }

    /// <summary>NO_CONTENT (or no status yet): created, and addContent has not attached a file.</summary>
    public static bool HasNoContent(this BaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status is null || entry.Status == EntryStatus.NO_CONTENT;
    }

    /// <summary>The entry's id, which every entry the server answers has.</summary>
    internal static string RequiredId(this BaseEntry entry) =>
        entry.Id ?? throw new UploadException("The server answered an entry without an id.");
}
