using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;
using KalturaGen.Upload.Tests.Fakes;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>The order and flags of the uploadToken.upload calls, against the in-memory fake server.</summary>
public sealed class ChunkProtocolTests
{
    private const int Chunk = 1000;

    public static TheoryData<int, int> SizesAndParallelism()
    {
        var data = new TheoryData<int, int>();
        foreach (var size in new[] { 0, 1, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, 7 * Chunk + 13 })
        {
            foreach (var parallelism in new[] { 1, 4 })
            {
                data.Add(size, parallelism);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SizesAndParallelism))]
    public async Task UploadsExactBytesForBoundarySizes(int size, int parallelism)
    {
        var server = new FakeUploadTokenServer();
        var bytes = TestData.Bytes(size);
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = parallelism }, new AutoAdvancingClock());

        var result = await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(bytes), "clip.mp4"));

        Assert.Equal(size, result.Length);
        Assert.Equal(TestData.Sha256(bytes), TestData.Sha256(server.BytesOf(result.UploadTokenId)));
        Assert.Equal(UploadTokenStatus.FULL_UPLOAD, server.Snapshot(result.UploadTokenId).Status);
    }

    [Theory]
    [MemberData(nameof(SizesAndParallelism))]
    public async Task SendsFirstChunkAloneAndFinalChunkLast(int size, int parallelism)
    {
        var server = new FakeUploadTokenServer();
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = parallelism }, new AutoAdvancingClock());

        await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(size)), "clip.mp4"));

        var calls = server.Journal;
        Assert.False(calls[0].Resume);
        Assert.Equal(0, calls[0].ResumeAt);
        Assert.All(calls.Skip(1), c => Assert.True(c.Resume));
        Assert.Single(calls, c => c.FinalChunk);
        var final = calls[^1];
        Assert.True(final.FinalChunk);
        Assert.Equal(size, final.ResumeAt + final.Length);
        Assert.Equal(size, calls.Sum(c => c.Length));
    }

    [Fact]
    public async Task SmallSourceIsOneFinalCall()
    {
        var server = new FakeUploadTokenServer();
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk }, new AutoAdvancingClock());

        await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(Chunk)), "a.bin"));

        var call = Assert.Single(server.Journal);
        Assert.Equal(new UploadCall(call.TokenId, 0, Chunk, Resume: false, FinalChunk: true), call);
    }

    [Fact]
    public async Task SequentialUploadFlagsTheLastDataChunkFinal()
    {
        var server = new FakeUploadTokenServer();
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new AutoAdvancingClock());

        await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(3 * Chunk)), "a.bin"));

        Assert.Equal(
            [(0L, false, false), (1000L, true, false), (2000L, true, true)],
            server.Journal.Select(c => (c.ResumeAt, c.Resume, c.FinalChunk)));
    }

    [Fact]
    public async Task ParallelUploadClosesWithZeroByteFinalChunkAfterAllOthers()
    {
        var server = new FakeUploadTokenServer();
        var release = new TaskCompletionSource();
        var inFlight = 0;
        var maxInFlight = 0;
        server.BeforeUpload = async call =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (call.Resume && !call.FinalChunk)
            {
                // Hold middle chunks until four are in flight at once, so the test proves they overlap.
                if (now == 4)
                {
                    release.TrySetResult();
                }

                await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            Interlocked.Decrement(ref inFlight);
        };
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 4 }, new AutoAdvancingClock());

        // First chunk, then four middle chunks held until all four are in flight: the one that ends the file is cut
        // while the others are still out, so the upload closes with a separate zero-byte final chunk.
        await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(5 * Chunk)), "a.bin"));

        Assert.Equal(4, maxInFlight);
        var final = server.Journal[^1];
        Assert.Equal((5L * Chunk, 0L, true), (final.ResumeAt, final.Length, final.FinalChunk));
        Assert.Equal(6, server.Journal.Count);
    }

    [Fact]
    public async Task NeverHasMoreThanMaxParallelismChunksInFlight()
    {
        var server = new FakeUploadTokenServer();
        var inFlight = 0;
        var maxInFlight = 0;
        server.BeforeUpload = async _ =>
        {
            InterlockedMax(ref maxInFlight, Interlocked.Increment(ref inFlight));
            await Task.Yield();
            Interlocked.Decrement(ref inFlight);
        };
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = 100, MaxParallelism = 3 }, new AutoAdvancingClock());

        await uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(10_000)), "a.bin"));

        Assert.InRange(maxInFlight, 1, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
