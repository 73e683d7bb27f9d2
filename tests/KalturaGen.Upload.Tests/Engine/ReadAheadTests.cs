using KalturaGen.Client.Upload;
using KalturaGen.Upload.Tests.Fakes;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>
/// The engine reads the next chunk while the current one is sent (one chunk ahead, even with one chunk in flight), and
/// never further: the source is read at most one chunk past the chunks on the wire.
/// </summary>
public sealed class ReadAheadTests
{
    private const int Chunk = 1000;

    [Fact]
    public async Task TheNextChunkIsReadWhileTheCurrentOneIsSentAndNoFurther()
    {
        var server = new FakeUploadTokenServer();
        var bytes = TestData.Bytes(5 * Chunk);
        var source = new ReadRecordingStream(bytes);
        var thirdChunkRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.OnRead = position =>
        {
            if (position >= 2 * Chunk)
            {
                thirdChunkRead.TrySetResult();
            }
        };
        var readWhileSecondWasSent = false;
        long readToWhenSecondWasAnswered = -1;
        server.BeforeUpload = async call =>
        {
            if (call.ResumeAt == Chunk)
            {
                // Held until the third chunk is being read; a guard only so a regression fails instead of hanging.
                readWhileSecondWasSent = await Task.WhenAny(thirdChunkRead.Task, Task.Delay(TimeSpan.FromSeconds(30))) == thirdChunkRead.Task;
            }
        };
        server.AfterUpload = call =>
        {
            if (call.ResumeAt == Chunk)
            {
                readToWhenSecondWasAnswered = source.Position;
            }

            return Task.CompletedTask;
        };
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new AutoAdvancingClock());

        var result = await uploader.UploadAsync(UploadSource.FromStream(source, "clip.mp4"));

        Assert.True(readWhileSecondWasSent, "the third chunk was read while the second was on the wire");
        Assert.Equal(3 * Chunk, readToWhenSecondWasAnswered);
        Assert.Equal(bytes, server.BytesOf(result.UploadTokenId));
    }

    [Fact]
    public async Task AFailedChunkStopsTheUploadAndTheChunkReadAheadIsNeverSent()
    {
        var server = new FakeUploadTokenServer
        {
            BeforeUpload = call => call.ResumeAt == Chunk ? Task.FromException(new InvalidOperationException("refused")) : Task.CompletedTask,
        };
        using var uploader = new ChunkedUploader(server, new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1, MaxRetryAttempts = 0 }, new AutoAdvancingClock());

        await Assert.ThrowsAsync<InvalidOperationException>(() => uploader.UploadAsync(UploadSource.FromStream(new MemoryStream(TestData.Bytes(6 * Chunk)), "clip.mp4")));

        Assert.Equal([0L, Chunk], server.Journal.Select(call => call.ResumeAt));
    }

    /// <summary>A seekable source that reports where each read starts.</summary>
    private sealed class ReadRecordingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public Action<long>? OnRead { get; set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            OnRead?.Invoke(Position);
            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
