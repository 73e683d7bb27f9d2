using KalturaGen.Client.Models;

namespace KalturaGen.Benchmarks.Transport;

/// <summary>
/// One chunked upload from memory, the same for every transport: uploadToken.add, then fixed-size chunks one at a
/// time in offset order (the first with resume=false at 0, the others resumed at the bytes sent so far, the last
/// flagged finalChunk). Only the two calls differ between transports.
/// </summary>
public static class SequentialChunks
{
    /// <summary>Sends one chunk: uploadToken.upload with these arguments.</summary>
    public delegate Task<UploadToken> SendChunk(string uploadTokenId, ReadOnlyMemory<byte> chunk, bool resume, bool finalChunk, long resumeAt);

    /// <summary>Uploads <paramref name="data"/> to a new token and returns its id; throws unless the server holds every byte.</summary>
    public static async Task<string> UploadAsync(ReadOnlyMemory<byte> data, int chunkSize, Func<Task<UploadToken>> addToken, SendChunk sendChunk)
    {
        var token = await addToken();
        var id = token.Id ?? throw new InvalidOperationException("uploadToken.add answered a token without an id.");
        for (var offset = 0; offset < data.Length; offset += chunkSize)
        {
            var length = Math.Min(chunkSize, data.Length - offset);
            var final = offset + length == data.Length;
            var answer = await sendChunk(id, data.Slice(offset, length), offset > 0, final, offset);
            if (final && answer.UploadedFileSize != data.Length)
            {
                throw new InvalidOperationException($"The server holds {answer.UploadedFileSize} bytes of {data.Length}.");
            }
        }

        return id;
    }
}
