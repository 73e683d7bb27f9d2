using System.Buffers;
using System.Runtime.ExceptionServices;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Sends every byte not yet acknowledged, after the first chunk: chunks are cut in offset order (one reader, so a
/// non-seekable stream works) and sent in parallel, each holding one chunk slot and one pooled buffer until it is
/// acknowledged. The next chunk is read while the others are sent (one chunk ahead, so reading the source overlaps
/// the wire even with one chunk in flight): at most MaxParallelism + 1 chunk buffers are held. When the chunk that ends the file is the last one to send and nothing else is in flight, it goes as
/// the final chunk itself; otherwise a zero-byte final chunk follows (see <see cref="UploadFinalizer"/>).
/// </summary>
internal static class ChunkDispatcher
{
    /// <summary>Returns the server's answer when the last data chunk closed the upload, else <see langword="null"/>.</summary>
    public static async Task<UploadTokenInfo?> SendRemainingAsync(UploadSession session, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var failure = new FirstFailure(stop);
        var running = new List<Task<UploadTokenInfo?>>();
        var active = new ActiveCount();
        var closedByFinal = false;
        (long Start, byte[] Buffer, int Count)? next = null;
        try
        {
            // One chunk is read ahead: the next one is cut while the previous ones are on the wire, then waits for a slot.
            var cursor = 0L;
            next = await CutNextAsync(session, cursor, stop.Token).ConfigureAwait(false);
            while (next is (var start, var buffer, var count))
            {
                await session.Slots.WaitAsync(stop.Token).ConfigureAwait(false);
                next = null;
                var end = start + count;
                closedByFinal = session.Length == end && active.Value == 0 && !session.Options.AutoFinalize;
                active.Increment();
                var task = SendAndReleaseAsync(session, start, buffer, count, closedByFinal, active, failure, stop.Token);
                running.Add(task);
                cursor = end;
                if (closedByFinal || session.Length == end)
                {
                    break;
                }

                next = await CutNextAsync(session, cursor, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            failure.Record(e);
        }
        finally
        {
            if (next is (_, var unsent, _))
            {
                ArrayPool<byte>.Shared.Return(unsent);
            }
        }

        await Task.WhenAll(running.Select(t => t.ContinueWith(static _ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (failure.Exception is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return closedByFinal ? await running[^1].ConfigureAwait(false) : null;
    }

    /// <summary>Reads the next unacknowledged chunk at or after <paramref name="cursor"/>, or null at the end.</summary>
    private static async Task<(long Start, byte[] Buffer, int Count)?> CutNextAsync(UploadSession session, long cursor, CancellationToken cancellationToken)
    {
        var (start, gap) = session.Acknowledged.NextGap(cursor);
        var remaining = session.Length is { } length ? length - start : long.MaxValue;
        if (remaining <= 0)
        {
            return null;
        }

        var want = (int)Math.Min(session.Sizer.NextSize(), Math.Min(gap ?? long.MaxValue, remaining));
        var buffer = ArrayPool<byte>.Shared.Rent(want);
        try
        {
            var read = await session.Reader.ReadAsync(start, buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
            if (read < want)
            {
                session.EndOfSourceAt(start + read);
            }

            if (read > 0)
            {
                return (start, buffer, read);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        // A stream of unknown length that ended exactly where the previous chunk did.
        ArrayPool<byte>.Shared.Return(buffer);
        return null;
    }

    private static async Task<UploadTokenInfo?> SendAndReleaseAsync(
        UploadSession session,
        long start,
        byte[] buffer,
        int count,
        bool finalChunk,
        ActiveCount active,
        FirstFailure failure,
        CancellationToken cancellationToken)
    {
        try
        {
            var answer = await ChunkSender.SendAsync(session, start, buffer.AsMemory(0, count), resume: true, finalChunk, cancellationToken).ConfigureAwait(false);
            await session.SaveCheckpointAsync().ConfigureAwait(false);
            return answer;
        }
        catch (Exception e)
        {
            failure.Record(e);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);

            // Leave the in-flight count before the slot, so the dispatcher never sees a free slot with a stale count.
            active.Decrement();
            session.Slots.Release();
        }
    }

    private sealed class ActiveCount
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);

        public void Decrement() => Interlocked.Decrement(ref _value);
    }

    /// <summary>Keeps the first real failure and stops the other chunks; the cancellations it causes are not failures.</summary>
    private sealed class FirstFailure(CancellationTokenSource stop)
    {
        private Exception? _exception;

        public Exception? Exception => Volatile.Read(ref _exception);

        public void Record(Exception exception)
        {
            if (exception is OperationCanceledException && stop.IsCancellationRequested)
            {
                return;
            }

            Interlocked.CompareExchange(ref _exception, exception, null);
            stop.Cancel();
        }
    }
}
