namespace KalturaGen.Simulator.Wire;

/// <summary>
/// A file part of a multipart request, streamed to a temporary file (never held in memory),
/// shaped like PHP's <c>$_FILES</c> entry.
/// </summary>
public sealed class UploadedFilePart
{
    /// <summary>PHP's UPLOAD_ERR_OK.</summary>
    public const int ErrorNone = 0;

    /// <summary>PHP's UPLOAD_ERR_PARTIAL: the body ended inside the part.</summary>
    public const int ErrorPartial = 3;

    /// <summary>PHP's UPLOAD_ERR_NO_FILE: the part had an empty file name.</summary>
    public const int ErrorNoFile = 4;

    /// <summary>Creates a part description.</summary>
    public UploadedFilePart(string name, string? contentType, string? tempPath, long size, int error)
    {
        Name = name;
        ContentType = contentType;
        TempPath = tempPath;
        Size = size;
        Error = error;
    }

    /// <summary>The base name of the part's file name (PHP strips any directory).</summary>
    public string Name { get; }

    /// <summary>The part's declared content type.</summary>
    public string? ContentType { get; }

    /// <summary>Where the bytes are; null when nothing was received.</summary>
    public string? TempPath { get; private set; }

    /// <summary>Number of bytes received.</summary>
    public long Size { get; }

    /// <summary>The PHP upload error code (0 when the part arrived whole).</summary>
    public int Error { get; }

    /// <summary>True when the part is a complete uploaded file (PHP's <c>is_uploaded_file</c>).</summary>
    public bool IsValid => Error == ErrorNone && TempPath is not null && File.Exists(TempPath);

    /// <summary>
    /// Hands the temporary file over to a new owner (it is moved, so the request no longer deletes it).
    /// </summary>
    public string TakeFile()
    {
        var path = TempPath ?? throw new InvalidOperationException("The part has no file.");
        TempPath = null;
        return path;
    }

    /// <summary>Deletes the temporary file unless it was taken.</summary>
    public void Delete()
    {
        if (TempPath is { } path)
        {
            TempPath = null;
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A file still open elsewhere is cleaned up with the storage folder.
            }
        }
    }
}
