using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>Pausing through a CancellationToken and resuming, in the same process and from a checkpoint.</summary>
public sealed class CancelAndResumeTests
{
    private const int Chunk = 64 * 1024;

    [Fact]
    public async Task ResumeSendsOnlyChunksNotAcknowledgedBeforeTheCancel()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("long.mp4", TestData.Bytes((40 * Chunk) + 1));
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var options = new UploadOptions { ChunkSize = Chunk, MaxParallelism = 4, CheckpointStore = store };
        using var cancel = new CancellationTokenSource();
        var sent = 0;
        var api = new InterceptingTokenApi(harness.Tokens)
        {
            BeforeUpload = _ =>
            {
                if (Interlocked.Increment(ref sent) == 17)
                {
                    cancel.Cancel();
                }

                return Task.CompletedTask;
            },
        };
        using (var first = harness.CreateUploader(options, api))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.UploadFileAsync(path, cancellationToken: cancel.Token));
        }

        var checkpoint = await store.LoadAsync(path, default);
        Assert.NotNull(checkpoint);
        var acknowledged = checkpoint.Acknowledged;
        var firstRun = harness.UploadCalls().Count;
        Assert.True(acknowledged.Sum(r => r.Length) >= 10 * Chunk);

        using var second = harness.CreateUploader(options);
        var progress = new ProgressLog<UploadProgress>();
        var result = await second.UploadFileAsync(path, progress);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.True(result.Upload!.Resumed);
        Assert.Equal(checkpoint.UploadTokenId, result.Upload.UploadTokenId);
        var resent = harness.UploadCalls().Skip(firstRun).Where(c => c.Size > 0).Select(c => c.ResumeAt).ToList();
        Assert.DoesNotContain(resent, offset => acknowledged.Any(r => r.Start <= offset && offset < r.End));
        var processedBefore = harness.UploadCalls().Take(firstRun).Where(c => c.Error is null && c.Size > 0).Select(c => c.ResumeAt).ToHashSet();
        Assert.InRange(resent.Count(processedBefore.Contains), 0, options.MaxParallelism);
        // The resumed run starts its count from what was already there (the server may hold a bit more than the
        // checkpoint: a chunk it processed whose answer the cancel cut off).
        Assert.InRange(
            progress.Reports.First(r => r.Phase == UploadPhase.Uploading).BytesAcknowledged,
            acknowledged.Sum(r => r.Length),
            new FileInfo(path).Length);
    }

    [Fact]
    public async Task ExistingPartialTokenContinuesFromUploadedFileSize()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var bytes = TestData.Bytes(6 * Chunk);
        var token = await harness.Tokens.AddAsync("resume.mp4", bytes.Length, false, default);
        await harness.Tokens.UploadAsync(new ChunkUploadRequest(token.Id, new MemoryStream(bytes[..(2 * Chunk)]), "resume.mp4", false, false, 0), default);
        using var chunks = harness.CreateChunkedUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 2 });

        var result = await chunks.UploadAsync(UploadSource.FromStream(new NonSeekableStream(bytes), "resume.mp4", bytes.Length), token.Id);

        Assert.Equal(2 * Chunk, result.ResumedFromByte);
        Assert.DoesNotContain(harness.UploadCalls().Skip(1), c => c.ResumeAt < 2 * Chunk);
        var server = await harness.Tokens.GetAsync(token.Id, default);
        Assert.Equal((UploadTokenStatus.FULL_UPLOAD, (long?)bytes.Length), (server.Status, server.UploadedFileSize));
        var entries = new KalturaEntryApi(harness.Client);
        var entry = await entries.AddAsync(EntryTypeResolver.Resolve("resume.mp4"), default);
        await entries.AddContentAsync(entry, token.Id, default);
        Assert.Equal(TestData.Sha256(bytes), await harness.OriginalSha256Async(entry.Id));
    }
}
