using System.Buffers.Binary;

namespace KalturaGen.Benchmarks.Data;

/// <summary>
/// A seekable, read-only stream of deterministic pseudo-random bytes computed from the position, so a multi-GiB
/// source exists without a byte array or a file behind it. Byte <c>p</c> is byte <c>p % 8</c> of
/// SplitMix64(<c>p / 8</c> xor seed), so any range reads the same on every pass.
/// </summary>
public sealed class GeneratedStream(long length, ulong seed = 0x4B616C74757261UL) : Stream
{
    private long _position;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => true;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => length;

    /// <inheritdoc/>
    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Clamp(length - _position, 0, buffer.Length);
        Fill(_position, buffer[..count]);
        _position += count;
        return count;
    }

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Fill(long position, Span<byte> target)
    {
        Span<byte> block = stackalloc byte[8];
        var done = 0;
        while (done < target.Length)
        {
            var at = position + done;
            var within = (int)(at & 7);
            if (within == 0 && target.Length - done >= 8)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(target[done..], Mix((ulong)(at >> 3) ^ seed));
                done += 8;
                continue;
            }

            BinaryPrimitives.WriteUInt64LittleEndian(block, Mix((ulong)(at >> 3) ^ seed));
            var take = Math.Min(8 - within, target.Length - done);
            block.Slice(within, take).CopyTo(target[done..]);
            done += take;
        }
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
