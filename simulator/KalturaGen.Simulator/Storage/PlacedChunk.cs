namespace KalturaGen.Simulator.Storage;

/// <summary>
/// A request part written straight into a token's file at the file's current end while the request is read, instead
/// of into a temporary file that a later copy moves there. It holds the file's <see cref="ChunkedFile.Lock"/> from the
/// moment it starts until the upload call takes it over (<see cref="TakeLock"/>) or the request ends; until
/// <see cref="Commit"/>, the bytes past <see cref="Offset"/> are provisional: <see cref="MaterializeAsync"/> moves them
/// to a temporary file (the ordinary path), <see cref="Abandon"/> drops them. Either way the file is cut back to
/// <see cref="Offset"/>, so no call sees the provisional bytes.
/// </summary>
internal sealed class PlacedChunk
{
    private const int CopyBufferSize = 1024 * 1024;
    private bool _lockHeld = true;
    private bool _settled;

    private PlacedChunk(ChunkedFile file, long offset)
    {
        File = file;
        Offset = offset;
    }

    /// <summary>The token's file.</summary>
    public ChunkedFile File { get; }

    /// <summary>Where the part starts: the file's size when the part began.</summary>
    public long Offset { get; }

    /// <summary>Bytes written so far.</summary>
    public long Length { get; private set; }

    /// <summary>
    /// Starts a placement when the file's lock is free right now, the file exists with exactly
    /// <paramref name="offset"/> bytes and no pending chunks; otherwise null (the part goes to a temporary file).
    /// </summary>
    public static PlacedChunk? TryStart(ChunkedFile file, long offset)
    {
        if (!file.Lock.Wait(0))
        {
            return null;
        }

        if (!file.IsDeleted && file.PendingCount == 0 && file.Exists && file.Size == offset)
        {
            return new PlacedChunk(file, offset);
        }

        file.Lock.Release();
        return null;
    }

    /// <summary>Writes the part's bytes from <paramref name="source"/> after <see cref="Offset"/>.</summary>
    public async Task WriteAsync(Stream source, CancellationToken cancellationToken)
    {
        await using var target = File.OpenForWrite();
        target.Seek(Offset, SeekOrigin.Begin);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                Length += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The upload call takes over the file's lock (it releases it itself).</summary>
    public void TakeLock() => _lockHeld = false;

    /// <summary>The bytes stay where they are: they are the call's write at <see cref="Offset"/>.</summary>
    public void Commit() => _settled = true;

    /// <summary>Moves the bytes to a new temporary file in <paramref name="directory"/> and cuts the file back; returns its path.</summary>
    public async Task<string> MaterializeAsync(string directory, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(directory, "part-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            await using var source = new FileStream(File.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 0, FileOptions.Asynchronous);
            source.Seek(Offset, SeekOrigin.Begin);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBufferSize);
            try
            {
                var left = Length;
                int read;
                while (left > 0 && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    left -= read;
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch
        {
            System.IO.File.Delete(path);
            throw;
        }
        finally
        {
            Abandon();
        }

        return path;
    }

    /// <summary>Drops the bytes (cuts the file back to <see cref="Offset"/>) and releases the lock if still held.</summary>
    public void Abandon()
    {
        try
        {
            if (!_settled)
            {
                _settled = true;
                File.CutBack(Offset);
            }
        }
        finally
        {
            if (_lockHeld)
            {
                _lockHeld = false;
                File.Lock.Release();
            }
        }
    }
}
