using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>One file uploaded and, unless disabled, turned into an entry.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="FilePath">The full path, for file sources.</param>
/// <param name="Upload">The token upload (null when the file failed before its token was complete).</param>
/// <param name="Entry">
/// The entry as the server last answered it: the concrete <see cref="MediaEntry"/>, <see cref="DocumentEntry"/> or
/// <see cref="DataEntry"/>, its <see cref="BaseEntry.Status"/> an <see cref="Enums.EntryStatus"/> (null with
/// <see cref="UploadOptions.CreateEntry"/> off or on failure).
/// </param>
/// <param name="Error">Why the file failed, in a batch (single-file calls throw instead).</param>
public sealed record IngestResult(
    string FileName,
    string? FilePath,
    TokenUploadResult? Upload,
    BaseEntry? Entry,
    Exception? Error = null)
{
    /// <summary>Uploaded, and READY when waiting was asked for.</summary>
    public bool Succeeded => Error is null && Upload is not null && (Entry is null || !Entry.IsFailed());
}
