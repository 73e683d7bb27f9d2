using KalturaGen.Benchmarks.Hosting;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.Transport;

/// <summary>
/// READY video entries in a simulator, as a real account's list shows them (media.list leaves out entries that are
/// not READY by default): each gets a small uploaded file as content, then the simulator's clock passes the conversion.
/// </summary>
public static class ReadyEntries
{
    private const int ContentSize = 1024;

    /// <summary>Creates <paramref name="count"/> READY entries and returns their ids, in creation order.</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(BenchSimulator simulator, int count, CancellationToken cancellationToken = default)
    {
        var client = simulator.Client;
        var content = new byte[ContentSize];
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var fileName = $"lecture-{i}.mp4";
            var token = await client.UploadToken.AddAsync(new UploadToken { FileName = fileName, FileSize = ContentSize }, cancellationToken);
            await client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(content, fileName), cancellationToken: cancellationToken);
            var entry = await client.Media.AddAsync(
                new MediaEntry
                {
                    Name = $"Lecture {i}: chunked uploads in practice",
                    Description = $"Recording {i} of the ingestion course, uploaded in chunks and converted.",
                    Tags = "lecture, upload, kaltura",
                    ReferenceId = $"ref-{i}",
                    MediaType = MediaType.VIDEO,
                },
                cancellationToken);
            await client.Media.AddContentAsync(entry.Id!, new UploadedFileTokenResource { Token = token.Id }, cancellationToken);
            ids.Add(entry.Id!);
        }

        simulator.Simulator.AdvanceTime(TimeSpan.FromHours(1));
        return ids;
    }
}
