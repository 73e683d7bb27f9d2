using KalturaGen.Client.Upload;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// A create whose request the server processed but whose answer was lost (the connection dropped mid-response, or a
/// proxy answered 502 afterwards) is not sent again blindly: the engine finds what the first attempt created by the
/// marker it gave it (the token's file name, the entry's referenceId), so the server ends with one token and one entry.
/// </summary>
public sealed class LostCreateAnswerTests
{
    private const int Chunk = 64 * 1024;

    public static TheoryData<string, string, FaultKind> LostAnswers() => new()
    {
        { "clip.mp4", "uploadToken.add", FaultKind.AbortResponse },
        { "clip.mp4", "uploadToken.add", FaultKind.HttpError },
        { "clip.mp4", "media.add", FaultKind.AbortResponse },
        { "clip.mp4", "media.add", FaultKind.HttpError },
        { "notes.txt", "baseEntry.add", FaultKind.AbortResponse },
        { "slides.pdf", "baseEntry.add", FaultKind.HttpError },
    };

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task ACreateWhoseAnswerWasLostIsFoundNotRepeated(string fileName, string target, FaultKind kind)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File(fileName, TestData.Bytes((3 * Chunk) + 5));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = target, Kind = kind, StatusCode = 502, AfterProcessing = true, FirstCalls = 2 });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 2 });

        var result = await uploader.UploadFileAsync(path);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var token = Assert.Single(await harness.Simulator.Admin.GetTokensAsync());
        var entry = Assert.Single(await harness.Simulator.Admin.GetEntriesAsync());
        Assert.Equal(result.Upload!.UploadTokenId, token.Id);
        Assert.Equal(result.Entry!.Id, entry.Id);
        Assert.Equal(3, token.Status);
        Assert.EndsWith(Path.GetExtension(fileName), token.FileName, StringComparison.Ordinal);
        Assert.Equal(fileName, entry.Name);
    }

    [Fact]
    public async Task AnEntryCreatedByAnInterruptedRunIsFoundWhenTheUploadResumes()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("talk.mp4", TestData.Bytes(2 * Chunk));
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var options = new UploadOptions { ChunkSize = Chunk, CheckpointStore = store, MaxRetryAttempts = 1 };

        // Every media.add answer is lost: the first run gives up with the entry created but unknown to it.
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "media.add", Kind = FaultKind.AbortResponse });
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "baseEntry.listByReferenceId", Kind = FaultKind.HttpError, StatusCode = 503 });
        using (var first = harness.CreateUploader(options))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => first.UploadFileAsync(path));
        }

        harness.Simulator.Admin.Faults.Clear();
        using var second = harness.CreateUploader(options);
        var result = await second.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.Single(await harness.Simulator.Admin.GetTokensAsync());
        Assert.Single(await harness.Simulator.Admin.GetEntriesAsync());
    }
}
