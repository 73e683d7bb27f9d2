namespace KalturaGen.Client.Upload;

/// <summary>
/// What to upload: a file (read by offset, so chunks can be re-read and the upload resumed after a restart) or a
/// stream (seekable or not; a non-seekable stream is read once, front to back, and its length may be unknown).
/// </summary>
public sealed class UploadSource
{
    private readonly Func<IChunkReader> _openReader;

    private UploadSource(string fileName, long? length, string? filePath, DateTime? lastWriteTimeUtc, Func<IChunkReader> openReader)
    {
        FileName = fileName;
        Length = length;
        FilePath = filePath;
        LastWriteTimeUtc = lastWriteTimeUtc;
        _openReader = openReader;
    }

    /// <summary>The name recorded on the token and sent with every chunk; its extension drives the entry type.</summary>
    public string FileName { get; }

    /// <summary>The length in bytes, or <see langword="null"/> for a non-seekable stream of unknown length.</summary>
    public long? Length { get; }

    /// <summary>The full path of a file source (checkpoints are kept per path); <see langword="null"/> for streams.</summary>
    public string? FilePath { get; }

    /// <summary>The file's last write time, used to tell whether a checkpoint still matches the file.</summary>
    public DateTime? LastWriteTimeUtc { get; }

    /// <summary>A file on disk.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="fileName">The name to record (defaults to the file's name).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static UploadSource FromFile(string path, string? fileName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"Cannot upload '{path}': the file does not exist.", path);
        }

        var fullPath = info.FullName;
        return new UploadSource(fileName ?? info.Name, info.Length, fullPath, info.LastWriteTimeUtc, () => new FileChunkReader(fullPath));
    }

    /// <summary>A stream. The caller keeps ownership and disposes it.</summary>
    /// <param name="stream">A readable stream; if it is seekable it is read from its current position.</param>
    /// <param name="fileName">The name to record on the token.</param>
    /// <param name="length">The number of bytes to upload, when known and the stream is not seekable.</param>
    public static UploadSource FromStream(Stream stream, string fileName, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length cannot be negative.");
        }

        var origin = stream.CanSeek ? stream.Position : 0;
        var known = length ?? (stream.CanSeek ? stream.Length - origin : null);
        return new UploadSource(fileName, known, null, null, () => new StreamChunkReader(stream, origin));
    }

    internal IChunkReader OpenReader() => _openReader();
}
