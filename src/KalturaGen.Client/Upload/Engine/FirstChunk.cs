using System.Buffers;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The first chunk of a new token, sent alone with resume=false: it creates the token's file, which every later chunk
/// (resume=true) needs. A source that fits in it is uploaded by this one call, flagged final.
/// </summary>
internal static class FirstChunk
{
    /// <summary>Returns the server's answer when this chunk was the whole source, else <see langword="null"/>.</summary>
    public static async Task<UploadTokenInfo?> SendAsync(UploadSession session, CancellationToken cancellationToken)
    {
        var want = (int)Math.Min(session.Sizer.NextSize(), session.Length ?? long.MaxValue);
        await session.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(want);
        try
        {
            var read = await session.Reader.ReadAsync(0, buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
            if (read < want)
            {
                session.EndOfSourceAt(read);
            }

            var whole = session.Length == read;
            var answer = await ChunkSender.SendAsync(session, 0, buffer.AsMemory(0, read), resume: false, finalChunk: whole, cancellationToken).ConfigureAwait(false);
            await session.SaveCheckpointAsync().ConfigureAwait(false);
            return whole ? answer : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            session.Slots.Release();
        }
    }
}
