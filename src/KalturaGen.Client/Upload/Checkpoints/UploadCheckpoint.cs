using System.Text.Json.Serialization;
using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// What an interrupted file upload leaves behind so that the same upload, run again, continues where it stopped:
/// the token, the file it belongs to (path, size, last write time), the chunk size in use, the byte ranges the
/// server acknowledged and, once created, the entry.
/// </summary>
public sealed record UploadCheckpoint
{
    /// <summary>The checkpoint format version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The upload token holding the bytes sent so far.</summary>
    public required string UploadTokenId { get; init; }

    /// <summary>The full path of the file.</summary>
    public required string FilePath { get; init; }

    /// <summary>The file's size when the upload started.</summary>
    public required long FileSize { get; init; }

    /// <summary>The file's last write time when the upload started; a changed file starts a new upload.</summary>
    public required DateTime LastWriteTimeUtc { get; init; }

    /// <summary>The size of the chunks being cut when the checkpoint was written.</summary>
    public int ChunkSize { get; init; }

    /// <summary>The byte ranges the server acknowledged, merged and sorted.</summary>
    public IReadOnlyList<ByteRange> Acknowledged { get; init; } = [];

    /// <summary>
    /// The marker of this upload: in its token's file name and its entry's referenceId, so that a token or entry whose
    /// creation answer was lost (in this run or a killed one) is found instead of being created twice.
    /// </summary>
    public string? UploadKey { get; init; }

    /// <summary>The entry created for the upload, once it exists.</summary>
    public string? EntryId { get; init; }

    /// <summary>The type that entry was created as.</summary>
    [JsonIgnore]
    public EntryType? EntryType { get; init; }

    /// <summary>
    /// <see cref="EntryType"/> as the file stores it: its name (<c>MEDIA_CLIP</c>); earlier files stored <c>Media</c>,
    /// <c>Document</c> or <c>Data</c>, which read as the same types. A value no upload creates reads as none.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("entryType")]
    internal string? StoredEntryType
    {
        get => EntryType?.Name;
        init => EntryType = UploadEntryTypes.TryParse(value, out var type) ? type : null;
    }

    /// <summary>Whether this checkpoint was written for <paramref name="source"/> as it is now.</summary>
    public bool Matches(UploadSource source) =>
        source.FilePath is not null
        && string.Equals(source.FilePath, FilePath, StringComparison.Ordinal)
        && source.Length == FileSize
        && source.LastWriteTimeUtc == LastWriteTimeUtc;
}
