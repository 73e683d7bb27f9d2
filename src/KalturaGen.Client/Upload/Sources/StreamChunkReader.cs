using System.Buffers;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Reads chunks of a caller-owned stream. A seekable stream is positioned for each read; a non-seekable one is read
/// forward only, skipping bytes that are already on the server.
/// </summary>
internal sealed class StreamChunkReader(Stream stream, long origin) : IChunkReader
{
    private long _position;

    public bool CanReadBackwards => stream.CanSeek;

    public async ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            stream.Position = origin + offset;
        }
        else if (offset < _position)
        {
            throw new InvalidOperationException(
                $"Cannot read byte {offset} again from a non-seekable stream already read to byte {_position}.");
        }
        else
        {
            await SkipAsync(offset - _position, cancellationToken).ConfigureAwait(false);
        }

        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        _position = offset + total;
        return total;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task SkipAsync(long count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return;
        }

        var scratch = ArrayPool<byte>.Shared.Rent((int)Math.Min(count, 81920));
        try
        {
            while (count > 0)
            {
                var read = await stream.ReadAsync(scratch.AsMemory(0, (int)Math.Min(count, scratch.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count -= read;
                _position += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
