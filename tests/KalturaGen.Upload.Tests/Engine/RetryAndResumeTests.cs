using System.Net;
using KalturaGen.Client.Upload;
using KalturaGen.Upload.Tests.Fakes;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>Faults, cancellation and resumption against the in-memory fake server.</summary>
public sealed class RetryAndResumeTests
{
    private const int Chunk = 1000;

    [Fact]
    public async Task RetriesServerErrorsAndLostAnswersWithBackoffOnTheClock()
    {
        var server = new FakeUploadTokenServer();
        var failures = 0;
        server.BeforeUpload = call =>
        {
            if (call.ResumeAt == 3 * Chunk && Interlocked.Increment(ref failures) <= 2)
            {
                throw new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway);
            }

            return Task.CompletedTask;
        };
        var lost = 0;
        server.AfterUpload = call =>
            call.ResumeAt == 5 * Chunk && Interlocked.Increment(ref lost) == 1 ? throw new IOException("connection reset") : Task.CompletedTask;
        var clock = new AutoAdvancingClock();
        var bytes = TestData.Bytes(8 * Chunk + 5);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3 }, clock);

        var result = await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(bytes), "a.bin"));

        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
        Assert.Equal(3, result.Retries);
        Assert.Equal(3, clock.Delays.Count);
        Assert.All(clock.Delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task RetriesAFinalChunkAnsweredCannotMatch()
    {
        var server = new FakeUploadTokenServer();
        var refused = 0;
        server.BeforeUpload = call =>
            call.FinalChunk && Interlocked.Increment(ref refused) == 1
                ? throw new FakeKalturaException("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE")
                : Task.CompletedTask;
        var bytes = TestData.Bytes(4 * Chunk);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new AutoAdvancingClock());

        var result = await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(bytes), "a.bin"));

        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
        Assert.Equal(1, result.Retries);
    }

    [Fact]
    public async Task FinalChunkWhoseAnswerWasLostIsConfirmedFromTheToken()
    {
        var server = new FakeUploadTokenServer();
        var lost = 0;
        server.AfterUpload = call =>
            call.FinalChunk && Interlocked.Increment(ref lost) == 1 ? throw new TimeoutException() : Task.CompletedTask;
        var bytes = TestData.Bytes(3 * Chunk);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new AutoAdvancingClock());

        // The retried final chunk meets a FULL_UPLOAD token (UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD): that is success.
        var result = await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(bytes), "a.bin"));

        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
        Assert.Equal(2, server.Journal.Count(c => c.FinalChunk));
    }

    [Fact]
    public async Task ClientErrorsFailAtOnceWithoutRetry()
    {
        var server = new FakeUploadTokenServer();
        server.BeforeUpload = call => call.Resume ? throw new FakeKalturaException("UPLOAD_TOKEN_CANNOT_RESUME") : Task.CompletedTask;
        var clock = new AutoAdvancingClock();
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, clock);

        var error = await Assert.ThrowsAsync<FakeKalturaException>(
            () => uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(3 * Chunk)), "a.bin")));

        Assert.Equal("UPLOAD_TOKEN_CANNOT_RESUME", error.Code);
        Assert.Equal(2, server.Journal.Count);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task GivesUpAfterMaxRetryAttempts()
    {
        var server = new FakeUploadTokenServer();
        server.BeforeUpload = call => call.Resume ? throw new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable) : Task.CompletedTask;
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1, MaxRetryAttempts = 2 }, new AutoAdvancingClock());

        await Assert.ThrowsAsync<HttpRequestException>(
            () => uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(3 * Chunk)), "a.bin")));

        Assert.Equal(3, server.Journal.Count(c => c.ResumeAt == Chunk));
    }

    [Fact]
    public async Task ContinuesAnExistingTokenFromItsUploadedFileSize()
    {
        var server = new FakeUploadTokenServer();
        var bytes = TestData.Bytes(5 * Chunk);
        var token = await server.AddAsync("a.bin", bytes.Length, false, default);
        await server.UploadAsync(new ChunkUploadRequest(token.Id, new MemoryStream(bytes[..(2 * Chunk)]), "a.bin", false, false, 0), default);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new AutoAdvancingClock());

        var result = await uploader.UploadAsync(UploadSource.FromStream(new NonSeekableStream(bytes), "a.bin", bytes.Length), token.Id);

        Assert.True(result.Resumed);
        Assert.Equal(2 * Chunk, result.ResumedFromByte);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(token.Id)));
        Assert.DoesNotContain(server.Journal.Skip(1), c => c.ResumeAt < 2 * Chunk);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk)]
    [InlineData(3 * Chunk)]
    [InlineData(3 * Chunk + 1)]
    public async Task NonSeekableStreamOfUnknownLengthUploadsExactly(int size)
    {
        var server = new FakeUploadTokenServer();
        var bytes = TestData.Bytes(size);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 2 }, new AutoAdvancingClock());

        var result = await uploader.UploadAsync(UploadSource.FromStream(new NonSeekableStream(bytes), "a.bin"));

        Assert.Equal(size, result.Length);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
    }

    [Fact]
    public async Task SourceThatShrinksDuringTheUploadIsReported()
    {
        var server = new FakeUploadTokenServer();
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk }, new AutoAdvancingClock());

        var error = await Assert.ThrowsAsync<UploadException>(
            () => uploader.UploadAsync(UploadSource.FromStream(new NonSeekableStream(TestData.Bytes(2 * Chunk)), "a.bin", 3 * Chunk)));

        Assert.Contains("changed while being uploaded", error.Message);
    }

    [Fact]
    public async Task CancelledFileUploadResumesFromItsCheckpointWithoutResendingAcknowledgedChunks()
    {
        using var folder = new TempFolder();
        var bytes = TestData.Bytes(40 * Chunk + 7);
        var path = folder.File("movie.mp4", bytes);
        var server = new FakeUploadTokenServer();
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var options = new UploadOptions { ChunkSize = Chunk, MaxParallelism = 4, CheckpointStore = store };
        using var cancel = new CancellationTokenSource();
        var started = 0;
        server.BeforeUpload = async call =>
        {
            if (Interlocked.Increment(ref started) == 15)
            {
                cancel.Cancel();
            }

            await Task.Yield();
        };

        using (var first = new ChunkedUploader(server, options, new AutoAdvancingClock()))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.UploadFileAsync(path, cancellationToken: cancel.Token));
        }

        var checkpoint = await store.LoadAsync(path, default);
        Assert.NotNull(checkpoint);
        var acknowledged = new ByteRangeSet(checkpoint.Acknowledged);
        var firstRun = server.Journal.Count;
        server.BeforeUpload = null;

        using var second = new ChunkedUploader(server, options, new AutoAdvancingClock());
        var result = await second.UploadFileAsync(path);

        Assert.True(result.Resumed);
        Assert.Equal(checkpoint.UploadTokenId, result.UploadTokenId);
        Assert.Equal(acknowledged.NextGap(0).Start, result.ResumedFromByte);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
        var resent = server.Journal.Skip(firstRun).Where(c => c.Length > 0).ToList();
        Assert.NotEmpty(resent);
        Assert.All(resent, c => Assert.Equal(c.ResumeAt, acknowledged.NextGap(c.ResumeAt).Start));
        Assert.Null(await store.LoadAsync(path, default));
    }

    [Fact]
    public async Task CheckpointForAChangedFileIsIgnored()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.bin", TestData.Bytes(3 * Chunk));
        var server = new FakeUploadTokenServer();
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "checkpoints"));
        var stale = await server.AddAsync("a.bin", 3 * Chunk, false, default);
        await store.SaveAsync(
            new UploadCheckpoint { UploadTokenId = stale.Id, FilePath = Path.GetFullPath(path), FileSize = 3 * Chunk, LastWriteTimeUtc = DateTime.UnixEpoch },
            default);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, CheckpointStore = store }, new AutoAdvancingClock());

        var result = await uploader.UploadFileAsync(path);

        Assert.NotEqual(stale.Id, result.UploadTokenId);
        Assert.False(result.Resumed);
    }
}
