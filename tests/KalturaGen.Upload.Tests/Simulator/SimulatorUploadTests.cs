using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>Files to READY entries through the generated client and the in-process simulator: the bytes must match.</summary>
public sealed class SimulatorUploadTests
{
    private const int Chunk = 64 * 1024;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData((9 * Chunk) + 5)]
    public async Task BoundarySizesArriveIdentical(int size)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("clip.mp4", TestData.Bytes(size));
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 4 });

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(size, result.Upload!.Length);
        Assert.Equal(EntryStatus.READY, result.Entry!.Status);
        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry.Id));
    }

    [Fact]
    public async Task ResultIsTheServersEntryWithItsGeneratedStatus()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("talk.mp4", TestData.Bytes(Chunk + 1));
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk });

        var result = await uploader.UploadFileAsync(path);

        var entry = Assert.IsType<MediaEntry>(result.Entry);
        Assert.Equal(EntryStatus.READY, entry.Status);
        Assert.Equal(MediaType.VIDEO, entry.MediaType);
        Assert.Equal("READY", entry.Status?.Name);
        Assert.Equal("talk.mp4", entry.Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task LargeFileArrivesIdenticalAtEveryParallelism(int parallelism)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("big.mov", TestData.Bytes((64L * 1024 * 1024) + 12345, seed: parallelism));
        using var uploader = harness.CreateUploader(new UploadOptions { MaxParallelism = parallelism });

        var result = await uploader.UploadFileAsync(path);

        Assert.True(result.Entry!.IsReady());
        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        var calls = harness.UploadCalls();
        Assert.True(calls[^1].Final);
        Assert.Equal(new FileInfo(path).Length, calls.Where(c => c.Error is null).Sum(c => c.Size));
    }

    [Fact]
    public async Task ChunksCompletingOutOfOrderAreParkedThenAssembled()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("ooo.mp4", TestData.Bytes(8 * Chunk));
        var held = new TaskCompletionSource();
        var laterDone = 0;
        IReadOnlyList<long> parkedWhileHeld = [];
        var api = new InterceptingTokenApi(harness.Tokens);
        api.BeforeUpload = request => request.ResumeAt == Chunk ? held.Task.WaitAsync(TimeSpan.FromSeconds(60)) : Task.CompletedTask;
        api.AfterUpload = async request =>
        {
            // Two chunks beyond the held one were answered: the server must have parked them beyond the gap.
            if (request.ResumeAt > Chunk && Interlocked.Increment(ref laterDone) == 2)
            {
                parkedWhileHeld = (await harness.Simulator.Admin.GetTokensAsync()).Single().PendingChunkOffsets;
                held.TrySetResult();
            }
        };
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3 }, api);

        var result = await uploader.UploadFileAsync(path);

        Assert.NotEmpty(parkedWhileHeld);
        Assert.All(parkedWhileHeld, offset => Assert.True(offset > Chunk));
        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
    }

    [Fact]
    public async Task NonSeekableStreamOfUnknownLengthArrivesIdentical()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var bytes = TestData.Bytes((5 * Chunk) + 77);
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3 });

        var result = await uploader.UploadAsync(UploadSource.FromStream(new NonSeekableStream(bytes, maxRead: 5000), "piped.mp4"));

        Assert.Equal(bytes.Length, result.Upload!.Length);
        Assert.Equal(TestData.Sha256(bytes), await harness.OriginalSha256Async(result.Entry!.Id));
    }

    [Fact]
    public async Task AutoFinalizeTokensArriveIdentical()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("auto.mp4", TestData.Bytes((6 * Chunk) + 3));
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3, AutoFinalize = true });

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
    }

    [Fact]
    public async Task DirectoryOfManySmallFilesBecomesReadyEntries()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        for (var i = 0; i < 24; i++)
        {
            folder.File(Path.Combine("shots", $"day{i % 4}", $"shot{i:d2}.mp4"), TestData.Bytes(1000 + (i * 997), seed: i));
        }

        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = 4096, MaxParallelism = 4 });

        var results = await uploader.UploadManyAsync([Path.Combine(folder.Path, "shots")]);

        Assert.Equal(24, results.Count);
        foreach (var result in results)
        {
            Assert.True(result.Succeeded, result.Error?.ToString());
            Assert.True(result.Entry!.IsReady());
            Assert.Equal(TestData.Sha256(result.FilePath!), await harness.OriginalSha256Async(result.Entry!.Id));
        }
    }

    [Theory]
    [InlineData("talk.mp3", 1, 5)]
    [InlineData("photo.png", 1, 2)]
    public async Task MediaTypeFollowsTheExtension(string fileName, int entryType, int mediaType)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        using var uploader = harness.CreateUploader(new UploadOptions());

        var result = await uploader.UploadFileAsync(folder.File(fileName, TestData.Bytes(3000)));

        var entry = (await harness.Simulator.Admin.GetEntriesAsync()).Single(e => e.Id == result.Entry!.Id);
        Assert.Equal((entryType, (int?)mediaType), (entry.Type, entry.MediaType));
        Assert.True(result.Entry!.IsReady());
    }
}
