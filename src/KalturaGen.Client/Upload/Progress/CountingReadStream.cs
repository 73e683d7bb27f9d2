namespace KalturaGen.Client.Upload;

/// <summary>
/// A read-only view of one chunk's bytes that reports how many have been read, i.e. written to the connection by
/// the transport. A new one is made for every attempt.
/// Moving back (a transport that re-reads the body) takes the bytes back off the count.
/// </summary>
internal sealed class CountingReadStream(ReadOnlyMemory<byte> data, Action<long> onRead) : Stream
{
    private const int MinimumCopySlice = 256 * 1024;
    private int _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, data.Length - _position);
        data.Span.Slice(_position, count).CopyTo(buffer);
        _position += count;
        if (count > 0)
        {
            onRead(count);
        }

        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    /// <summary>
    /// Writes the bytes left straight from the chunk's memory to <paramref name="destination"/> (no staging buffer, so
    /// a request body costs no copy beyond the transport's own), in slices of at least <paramref name="bufferSize"/>
    /// bytes so the count advances as the transport takes them.
    /// </summary>
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var slice = Math.Max(bufferSize, MinimumCopySlice);
        while (_position < data.Length)
        {
            var count = Math.Min(slice, data.Length - _position);
            await destination.WriteAsync(data.Slice(_position, count), cancellationToken).ConfigureAwait(false);
            _position += count;
            onRead(count);
        }
    }

    public override void Flush()
    {
    }

    /// <summary>Moves the position; bytes read again after moving back count as sent again, so the report stays true.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => data.Length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        var clamped = (int)Math.Min(target, data.Length);
        if (clamped < _position)
        {
            onRead(clamped - _position);
        }

        _position = clamped;
        return _position;
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
