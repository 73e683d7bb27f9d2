namespace KalturaGen.Client.Upload;

/// <summary>One file uploaded and, unless disabled, turned into an entry.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="FilePath">The full path, for file sources.</param>
/// <param name="Upload">The token upload (null when the file failed before its token was complete).</param>
/// <param name="Entry">The entry with its last known status (null with <see cref="UploadOptions.CreateEntry"/> off or on failure).</param>
/// <param name="Error">Why the file failed, in a batch (single-file calls throw instead).</param>
public sealed record IngestResult(
    string FileName,
    string? FilePath,
    TokenUploadResult? Upload,
    EntryInfo? Entry,
    Exception? Error = null)
{
    /// <summary>Uploaded, and READY when waiting was asked for.</summary>
    public bool Succeeded => Error is null && Upload is not null && Entry is not { IsFailed: true };
}
