using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// What a failed upload leaves: nothing, unless running the same upload again can continue it (a checkpoint names the
/// token and the failure was transient); a cancelled upload is paused and keeps everything.
/// </summary>
public sealed class FailedUploadCleanupTests
{
    private const int Chunk = 64 * 1024;

    [Fact]
    public async Task AnUploadRefusedMidwayDeletesItsToken()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("refused.mp4", TestData.Bytes(4 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.KalturaError, ErrorCode = "UPLOAD_ERROR", FirstCalls = 1 });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk });

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Equal("UPLOAD_ERROR", error.Code);
        Assert.Single(await harness.Simulator.Admin.GetTokensAsync());
        Assert.Empty(await harness.LiveTokensAsync());
    }

    [Fact]
    public async Task AnEntryThatCannotTakeItsContentIsDeletedWithItsToken()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("forbidden.mp4", TestData.Bytes(3 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule
        {
            Target = "media.addContent", Kind = FaultKind.KalturaError, ErrorCode = "SERVICE_FORBIDDEN", ErrorArgs = ["media->addContent"],
        });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk });

        await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Single(await harness.Simulator.Admin.GetEntriesAsync());
        Assert.Empty(await harness.LiveEntriesAsync());
        Assert.Empty(await harness.LiveTokensAsync());
    }

    [Fact]
    public async Task APermanentFailureAlsoRemovesTheCheckpointAndWhatItNamed()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("doomed.pdf", TestData.Bytes(3 * Chunk));
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        harness.Simulator.Admin.AddFault(new FaultRule
        {
            Target = "document_documents.addContent", Kind = FaultKind.KalturaError, ErrorCode = "SERVICE_FORBIDDEN", ErrorArgs = ["document_documents->addContent"],
        });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, CheckpointStore = store });

        await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Empty(await harness.LiveEntriesAsync());
        Assert.Empty(await harness.LiveTokensAsync());
        Assert.Null(await store.LoadAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task ATransientFailureWithACheckpointKeepsEverythingForTheNextRun()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("flaky.mp4", TestData.Bytes((6 * Chunk) + 1));
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var options = new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1, CheckpointStore = store, MaxRetryAttempts = 1 };
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "media.add", Kind = FaultKind.HttpError, StatusCode = 503 });
        using (var first = harness.CreateUploader(options))
        {
            await Assert.ThrowsAsync<Refit.ApiException>(() => first.UploadFileAsync(path));
        }

        Assert.Equal(2, (await harness.LiveTokensAsync()).Single().Status);
        Assert.NotNull(await store.LoadAsync(path, CancellationToken.None));

        harness.Simulator.Admin.Faults.Clear();
        using var second = harness.CreateUploader(options);
        var result = await second.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.Single(await harness.Simulator.Admin.GetTokensAsync());
        Assert.Single(await harness.Simulator.Admin.GetEntriesAsync());
        Assert.Empty(harness.UploadCalls().Skip(7));
    }

    [Fact]
    public async Task ARunThatCannotContinueAlsoDeletesTheEmptyEntryAnEarlierRunLeft()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("again.mp4", TestData.Bytes(3 * Chunk));
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var options = new UploadOptions { ChunkSize = Chunk, CheckpointStore = store, MaxRetryAttempts = 1 };
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "media.addContent", Kind = FaultKind.HttpError, StatusCode = 503 });
        using (var first = harness.CreateUploader(options))
        {
            await Assert.ThrowsAsync<Refit.ApiException>(() => first.UploadFileAsync(path));
        }

        // Resumable: the entry (no content yet) and the token stay. Then the token is deleted elsewhere, and the next
        // run's new token is refused.
        Assert.Equal(7, (await harness.LiveEntriesAsync()).Single().Status);
        await harness.Client.UploadToken.DeleteAsync((await harness.LiveTokensAsync()).Single().Id);
        harness.Simulator.Admin.Faults.Clear();
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.KalturaError, ErrorCode = "UPLOAD_ERROR" });
        using (var second = harness.CreateUploader(options))
        {
            await Assert.ThrowsAsync<KalturaApiException>(() => second.UploadFileAsync(path));
        }

        Assert.Empty(await harness.LiveEntriesAsync());
        Assert.Empty(await harness.LiveTokensAsync());
        Assert.Null(await store.LoadAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task AStreamThatFailsTransientlyCannotBeResumedByTheSameCallSoItsTokenIsDeleted()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.HttpError, StatusCode = 503 });
        using var uploader = harness.CreateChunkedUploader(new UploadOptions { ChunkSize = Chunk, MaxRetryAttempts = 1 });

        await Assert.ThrowsAsync<Refit.ApiException>(() =>
            uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(3 * Chunk)), "live.mp4")));

        Assert.Single(await harness.Simulator.Admin.GetTokensAsync());
        Assert.Empty(await harness.LiveTokensAsync());
    }

    [Fact]
    public async Task ACancelledUploadKeepsItsToken()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("paused.mp4", TestData.Bytes(6 * Chunk));
        using var cancel = new CancellationTokenSource();
        var api = new InterceptingTokenApi(harness.Tokens)
        {
            BeforeUpload = request => request.ResumeAt >= 2 * Chunk ? cancel.CancelAsync() : Task.CompletedTask,
        };
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, api);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => uploader.UploadFileAsync(path, cancellationToken: cancel.Token));

        Assert.Equal(1, (await harness.LiveTokensAsync()).Single().Status);
    }
}
