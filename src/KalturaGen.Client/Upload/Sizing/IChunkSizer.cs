namespace KalturaGen.Client.Upload;

/// <summary>Chooses the size of the next chunk. Called concurrently by the chunks of one upload.</summary>
public interface IChunkSizer
{
    /// <summary>The size, in bytes, of the next chunk to cut.</summary>
    int NextSize();

    /// <summary>A chunk of <paramref name="bytes"/> was acknowledged <paramref name="elapsed"/> after it was sent.</summary>
    void ObserveSuccess(int bytes, TimeSpan elapsed);

    /// <summary>An attempt to send a chunk of <paramref name="bytes"/> failed with a transient error.</summary>
    void ObserveFailure(int bytes);
}

/// <summary>Always the same chunk size.</summary>
/// <param name="size">The chunk size in bytes (at least 1).</param>
public sealed class FixedChunkSizer(int size) : IChunkSizer
{
    private readonly int _size = size >= 1 ? size : throw new ArgumentOutOfRangeException(nameof(size), size, "The chunk size must be at least 1 byte.");

    /// <inheritdoc/>
    public int NextSize() => _size;

    /// <inheritdoc/>
    public void ObserveSuccess(int bytes, TimeSpan elapsed)
    {
    }

    /// <inheritdoc/>
    public void ObserveFailure(int bytes)
    {
    }
}
