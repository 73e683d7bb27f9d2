using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>A checkpoint stores its entry's type by the generated <see cref="EntryType"/>'s name and still reads older files.</summary>
public sealed class CheckpointEntryTypeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kalturagen-checkpoint-type-").FullName;

    [Fact]
    public async Task TheEntryTypeIsWrittenByItsGeneratedNameAndReadBack()
    {
        var store = new FileCheckpointStore(_folder);
        var checkpoint = Checkpoint() with { EntryId = "0_doc", EntryType = EntryType.DOCUMENT };

        await store.SaveAsync(checkpoint, CancellationToken.None);

        Assert.Contains("\"entryType\": \"DOCUMENT\"", await File.ReadAllTextAsync(store.PathFor(checkpoint.FilePath)), StringComparison.Ordinal);
        Assert.Equal(EntryType.DOCUMENT, (await store.LoadAsync(checkpoint.FilePath, CancellationToken.None))!.EntryType);
    }

    [Theory]
    [InlineData("Media", "MEDIA_CLIP")]
    [InlineData("Document", "DOCUMENT")]
    [InlineData("Data", "DATA")]
    public async Task ACheckpointOfAnEarlierVersionKeepsItsEntryType(string stored, string expected)
    {
        var store = new FileCheckpointStore(_folder);
        var checkpoint = Checkpoint() with { EntryId = "0_old" };
        await store.SaveAsync(checkpoint, CancellationToken.None);
        var path = store.PathFor(checkpoint.FilePath);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("\"entryId\": \"0_old\"", $"\"entryId\": \"0_old\",\n  \"entryType\": \"{stored}\"", StringComparison.Ordinal));

        var loaded = await store.LoadAsync(checkpoint.FilePath, CancellationToken.None);

        Assert.Equal(expected, loaded!.EntryType?.Name);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private UploadCheckpoint Checkpoint() => new()
    {
        UploadTokenId = "1_token",
        FilePath = Path.Combine(_folder, "talk.mp4"),
        FileSize = 1000,
        LastWriteTimeUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        ChunkSize = 512,
    };
}
