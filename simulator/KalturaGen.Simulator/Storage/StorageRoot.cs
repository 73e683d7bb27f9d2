namespace KalturaGen.Simulator.Storage;

/// <summary>
/// The folder where a simulator keeps bytes: incoming request parts, token files and pending chunks,
/// and stored asset content. Everything is deleted on reset and on dispose.
/// </summary>
internal sealed class StorageRoot : IDisposable
{
    private readonly bool _owned;

    /// <summary>Creates (or adopts) the storage folder.</summary>
    public StorageRoot(string? directory)
    {
        _owned = directory is null;
        Root = directory ?? Path.Combine(Path.GetTempPath(), "kalturagen-sim-" + Guid.NewGuid().ToString("N"));
        Prepare();
    }

    /// <summary>The root folder.</summary>
    public string Root { get; }

    /// <summary>Request parts land here before a handler takes them.</summary>
    public string Incoming => Path.Combine(Root, "incoming");

    /// <summary>Upload token files and their pending chunks.</summary>
    public string Uploads => Path.Combine(Root, "uploads");

    /// <summary>Asset content (flavors, attachments, data).</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>A new unique path for stored content.</summary>
    public string NewContentPath(string? extension = null) =>
        Path.Combine(Content, Guid.NewGuid().ToString("N") + (string.IsNullOrEmpty(extension) ? "" : "." + extension));

    /// <summary>Deletes every stored byte and starts empty.</summary>
    public void Reset()
    {
        DeleteAll();
        Prepare();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_owned)
        {
            TryDelete(Root);
        }
        else
        {
            DeleteAll();
        }
    }

    private void Prepare()
    {
        Directory.CreateDirectory(Incoming);
        Directory.CreateDirectory(Uploads);
        Directory.CreateDirectory(Content);
    }

    private void DeleteAll()
    {
        TryDelete(Incoming);
        TryDelete(Uploads);
        TryDelete(Content);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Files still open by an in-flight request; the OS temp cleaner gets them.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
