using KalturaGen.Client;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// The baseline: a chunked upload as Kaltura's official samples write it (Sample-Kaltura-Chunked-Upload-Java,
/// the Android reference app): one request at a time, in offset order; the first chunk with resume=false and
/// resumeAt=0, the others with resume=true at the bytes sent so far, the last flagged finalChunk. No retries.
/// It reuses one chunk buffer, which is kinder than the samples (they write each chunk to a temp file first).
/// </summary>
public static class SequentialSampleUploader
{
    /// <summary>Uploads a file to a new token and returns the token id.</summary>
    public static async Task<string> UploadAsync(KalturaClient client, string path, int chunkSize, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = file.Length;
        var token = await client.UploadToken.AddAsync(new UploadToken { FileName = fileName, FileSize = length }, cancellationToken);
        var buffer = new byte[chunkSize];
        long sent = 0;
        do
        {
            var read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            var final = sent + read == length;
            var answer = await client.UploadToken.UploadAsync(
                token.Id!,
                KalturaFile.FromBytes(buffer.AsMemory(0, read), fileName),
                resume: sent > 0,
                finalChunk: final,
                resumeAt: sent,
                cancellationToken);
            sent += read;
            if (final && answer.UploadedFileSize != length)
            {
                throw new InvalidOperationException($"The server holds {answer.UploadedFileSize} bytes of {length}.");
            }
        }
        while (sent < length);

        return token.Id!;
    }
}
