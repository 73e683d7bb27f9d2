namespace KalturaGen.Client.Upload;

/// <summary>Reads the bytes of one chunk from a source. The engine calls it from one flow at a time.</summary>
internal interface IChunkReader : IAsyncDisposable
{
    /// <summary>Whether chunks can be read at any offset (files, seekable streams), so a resync can go back.</summary>
    bool CanReadBackwards { get; }

    /// <summary>
    /// Fills <paramref name="buffer"/> with the bytes at <paramref name="offset"/>; returns fewer bytes only at the end
    /// of the source.
    /// </summary>
    ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken);
}
