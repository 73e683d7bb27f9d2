using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Storage;

/// <summary>
/// An upload token's file and its pending chunks, with the server's chunk operations. Every
/// operation streams (O(bytes moved), never a whole part in memory); pending chunks are separate files.
/// Callers serialize access with <see cref="Lock"/>. Once <see cref="Delete"/> ran (the token was deleted, failed or
/// abandoned), nothing is written again: a write that was already under way finds UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD.
/// </summary>
internal sealed class ChunkedFile
{
    private const int CopyBufferSize = 128 * 1024;

    // Copies go through pooled buffers; a FileStream buffer of its own would be a fresh large-object-heap array per open.
    private const int UnbufferedFileStream = 0;
    private readonly SortedDictionary<long, string> _pending = [];
    private readonly Lock _signalSync = new();
    private TaskCompletionSource _chunkArrived = NewSignal();
    private volatile bool _deleted;

    /// <summary>Creates the state for a token file at <paramref name="path"/> (not yet existing).</summary>
    public ChunkedFile(string path) => Path = path;

    /// <summary>Serializes byte operations on this file.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Where the file lives (the name carries the extension, as the server's upload path does).</summary>
    public string Path { get; private set; }

    /// <summary>Whether the file exists (a resume needs it).</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>Current size: contiguous bytes only, pending chunks do not count.</summary>
    public long Size => Exists ? new FileInfo(Path).Length : 0;

    /// <summary>Offsets of pending chunks, ascending.</summary>
    public IReadOnlyCollection<long> PendingOffsets => _pending.Keys;

    /// <summary>Whether the bytes were deleted for good.</summary>
    public bool IsDeleted => _deleted;

    /// <summary>
    /// Replaces the file with a part (resume=false). Pending chunks of the same path stay on disk,
    /// as the server's do; chunks of a previous path (another extension) are orphaned and removed.
    /// </summary>
    public void Replace(string partPath, string newPath)
    {
        ThrowIfDeleted();
        if (newPath != Path)
        {
            DeleteQuietly(Path);
            DropPending();
            Path = newPath;
        }

        File.Move(partPath, Path, overwrite: true);
    }

    /// <summary>Appends a part at the end (resumeAt=-1); returns the new size.</summary>
    public async Task<long> AppendAsync(string partPath, CancellationToken cancellationToken)
    {
        await using var target = OpenForWrite();
        target.Seek(0, SeekOrigin.End);
        await CopyFromAsync(partPath, target, cancellationToken);
        return target.Length;
    }

    /// <summary>Writes a part at <paramref name="offset"/>, overwriting overlapped bytes and growing the file.</summary>
    public async Task WriteAtAsync(long offset, string partPath, CancellationToken cancellationToken)
    {
        await using var target = OpenForWrite();
        target.Seek(offset, SeekOrigin.Begin);
        await CopyFromAsync(partPath, target, cancellationToken);
    }

    /// <summary>
    /// Stores a part as a pending chunk; a later part at the same offset replaces it. QUIRK (not
    /// reproduced): the server silently drops a part when another request holds the same chunk's cache
    /// lock; here the move is atomic under the token's lock, so no part is ever dropped.
    /// </summary>
    public void StorePending(long offset, string partPath)
    {
        ThrowIfDeleted();
        var chunkPath = $"{Path}.chunk.{offset}";
        File.Move(partPath, chunkPath, overwrite: true);
        _pending[offset] = chunkPath;
    }

    /// <summary>Number of pending chunks.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Whether a chunk is pending at <paramref name="offset"/>.</summary>
    public bool IsPending(long offset) => _pending.ContainsKey(offset);

    /// <summary>
    /// The default-mode catch-up at the start of a resumed call: up to <paramref name="max"/> times,
    /// append the pending chunk whose offset is exactly the current size.
    /// </summary>
    public async Task AppendExactPendingAsync(int max, CancellationToken cancellationToken)
    {
        for (var i = 0; i < max; i++)
        {
            var size = Size;
            if (!_pending.TryGetValue(size, out var chunk))
            {
                return;
            }

            await WriteAtAsync(size, chunk, cancellationToken);
            Consume(size);
        }
    }

    /// <summary>
    /// The final-chunk loop body: repeatedly apply any pending chunk that starts within or at the end of
    /// the file and enlarges it (or starts at 0); chunks that would not enlarge the file stay pending.
    /// </summary>
    public async Task<long> AppendApplicablePendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var size = Size;
            long? applicable = null;
            foreach (var (offset, chunk) in _pending)
            {
                if (offset == 0 || (offset <= size && offset + new FileInfo(chunk).Length > size))
                {
                    applicable = offset;
                    break;
                }
            }

            if (applicable is not { } start)
            {
                return size;
            }

            await WriteAtAsync(start, _pending[start], cancellationToken);
            Consume(start);
        }
    }

    /// <summary>A task that completes when the next chunk of any call has been stored.</summary>
    public Task NextChunkArrival()
    {
        lock (_signalSync)
        {
            return _chunkArrived.Task;
        }
    }

    /// <summary>Wakes calls waiting in the final-chunk loop.</summary>
    public void SignalChunkArrived()
    {
        TaskCompletionSource arrived;
        lock (_signalSync)
        {
            arrived = _chunkArrived;
            _chunkArrived = NewSignal();
        }

        arrived.TrySetResult();
    }

    /// <summary>Moves the file out (to an asset) and forgets it; pending chunks are deleted.</summary>
    public void MoveTo(string destination)
    {
        File.Move(Path, destination, overwrite: true);
        DropPending();
    }

    /// <summary>Deletes the file and every pending chunk, for good.</summary>
    public void Delete()
    {
        _deleted = true;
        DeleteQuietly(Path);
        DropPending();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Consume(long offset)
    {
        DeleteQuietly(_pending[offset]);
        _pending.Remove(offset);
    }

    private void DropPending()
    {
        foreach (var chunk in _pending.Values)
        {
            DeleteQuietly(chunk);
        }

        _pending.Clear();
    }

    /// <summary>Cuts the file back to <paramref name="size"/> bytes (a provisional write is dropped); nothing once deleted.</summary>
    public void CutBack(long size)
    {
        if (_deleted)
        {
            return;
        }

        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, UnbufferedFileStream);
            if (file.Length > size)
            {
                file.SetLength(size);
            }
        }
        catch (FileNotFoundException)
        {
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Opens the file for writing at any offset (creating it when missing).</summary>
    internal FileStream OpenForWrite()
    {
        ThrowIfDeleted();
        return new(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, UnbufferedFileStream, FileOptions.Asynchronous);
    }

    // The token left the upload states while this call waited for the file: as the server's status re-check finds.
    private void ThrowIfDeleted()
    {
        if (_deleted)
        {
            throw new ApiException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
        }
    }

    private static async Task CopyFromAsync(string sourcePath, FileStream target, CancellationToken cancellationToken)
    {
        await using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, UnbufferedFileStream, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await source.CopyToAsync(target, CopyBufferSize, cancellationToken);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
