using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// A file part of a multipart request, streamed to a temporary file (never held in memory), or, for an upload chunk
/// at the end of its token's file, straight into that file (<see cref="Placement"/>); shaped like PHP's <c>$_FILES</c>
/// entry.
/// </summary>
internal sealed class UploadedFilePart
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

    /// <summary>Creates a part whose bytes were written straight into a token's file.</summary>
    public UploadedFilePart(string name, string? contentType, PlacedChunk placement)
        : this(name, contentType, null, placement.Length, ErrorNone) => Placement = placement;

    /// <summary>The bytes' provisional place in a token's file, when they went there directly; null otherwise.</summary>
    public PlacedChunk? Placement { get; private set; }

    /// <summary>Number of bytes received.</summary>
    public long Size { get; }

    /// <summary>The PHP upload error code (0 when the part arrived whole).</summary>
    public int Error { get; }

    /// <summary>True when the part is a complete uploaded file (PHP's <c>is_uploaded_file</c>).</summary>
    public bool IsValid => Error == ErrorNone && (Placement is not null || (TempPath is not null && File.Exists(TempPath)));

    /// <summary>
    /// Hands the placement over to the upload call (it commits it or takes the bytes out); null when the part is an
    /// ordinary temporary file.
    /// </summary>
    public PlacedChunk? TakePlacement()
    {
        var placement = Placement;
        Placement = null;
        return placement;
    }

    /// <summary>Gives a placed part an ordinary temporary file (its bytes move out of the token's file).</summary>
    public async Task MaterializeAsync(PlacedChunk placement, string directory, CancellationToken cancellationToken) =>
        TempPath = await placement.MaterializeAsync(directory, cancellationToken);

    /// <summary>
    /// Hands the temporary file over to a new owner (it is moved, so the request no longer deletes it).
    /// </summary>
    public string TakeFile()
    {
        var path = TempPath ?? throw new InvalidOperationException("The part has no file.");
        TempPath = null;
        return path;
    }

    /// <summary>Deletes the temporary file unless it was taken (a placement not taken over is dropped).</summary>
    public void Delete()
    {
        TakePlacement()?.Abandon();
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
