using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;
using KalturaGen.Upload.Tests.Fakes;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>From file to READY entry, against the in-memory fakes.</summary>
public sealed class IngestionTests
{
    [Fact]
    public async Task CreatesAMediaEntryAndPollsWithGrowingIntervals()
    {
        using var folder = new TempFolder();
        var path = folder.File("talk.mp4", TestData.Bytes(5000));
        var tokens = new FakeUploadTokenServer();
        var entries = new FakeEntryServer(tokens) { PollsUntilReady = 4 };
        var clock = new AutoAdvancingClock();
        using var uploader = new KalturaUploader(tokens, entries, new UploadOptions { ChunkSize = 1024 }, clock);

        var result = await uploader.UploadFileAsync(path);

        Assert.True(result.Succeeded);
        Assert.True(result.Entry!.IsReady());
        var draft = entries.Drafts[result.Entry!.Id!];
        Assert.Equal(new EntryDraft("talk.mp4", EntryType.MEDIA_CLIP, MediaType.VIDEO), draft with { ReferenceId = null });
        Assert.Matches("^kalturagen-[0-9a-f]{16}$", draft.ReferenceId);
        Assert.Equal(result.Upload!.UploadTokenId, entries.TokenOf(result.Entry.Id!));
        Assert.Equal([5, 10, 30, 30], clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task ReportsPhasesInOrder()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.pdf", TestData.Bytes(3000));
        var tokens = new FakeUploadTokenServer();
        var progress = new ProgressLog<UploadProgress>();
        using var uploader = new KalturaUploader(tokens, new FakeEntryServer(tokens), new UploadOptions { ChunkSize = 1000, MaxParallelism = 1 }, new AutoAdvancingClock());

        await uploader.UploadFileAsync(path, progress);

        var phases = progress.Reports.Select(r => r.Phase).Distinct().ToList();
        Assert.Equal([UploadPhase.Preparing, UploadPhase.Uploading, UploadPhase.CreatingEntry, UploadPhase.WaitingForReady, UploadPhase.Completed], phases);
        var last = progress.Reports[^1];
        Assert.Equal((3000L, 3000L, (long?)3000), (last.BytesSent, last.BytesAcknowledged, last.TotalBytes));
        Assert.NotNull(last.EntryId);
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.Second.BytesAcknowledged >= p.First.BytesAcknowledged));
    }

    [Fact]
    public async Task NoWaitLeavesTheEntryProcessing()
    {
        using var folder = new TempFolder();
        var tokens = new FakeUploadTokenServer();
        using var uploader = new KalturaUploader(tokens, new FakeEntryServer(tokens), new UploadOptions { WaitForReady = false }, new AutoAdvancingClock());

        var result = await uploader.UploadFileAsync(folder.File("a.mov", TestData.Bytes(10)));

        Assert.Equal(EntryStatus.PRECONVERT, result.Entry!.Status);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task UploadsADirectoryOfManySmallFilesUnderOneConcurrencyLimit()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(0, 30).Select(i => folder.File($"batch/sub{i % 3}/f{i:d2}.txt", TestData.Bytes(100 + (i * 37), seed: i))).ToList();
        var tokens = new FakeUploadTokenServer();
        var inFlight = 0;
        var maxInFlight = 0;
        tokens.BeforeUpload = async _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            await Task.Yield();
            Interlocked.Decrement(ref inFlight);
        };
        var entries = new FakeEntryServer(tokens);
        using var uploader = new KalturaUploader(tokens, entries, new UploadOptions { ChunkSize = 64, MaxParallelism = 3 }, new AutoAdvancingClock());

        var results = await uploader.UploadManyAsync([Path.Combine(folder.Path, "batch")]);

        Assert.Equal(30, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.InRange(maxInFlight, 1, 3);
        foreach (var result in results)
        {
            Assert.Equal(TestData.Sha256(result.FilePath!), TestData.Sha256(tokens.BytesOf(result.Upload!.UploadTokenId)));
            Assert.Equal(EntryType.DATA, entries.Drafts[result.Entry!.Id!].Type);
        }
    }

    [Fact]
    public async Task BatchReportsAFailedFileAndFinishesTheOthers()
    {
        using var folder = new TempFolder();
        folder.File("good.bin", TestData.Bytes(50));
        var bad = folder.File("bad.bin", TestData.Bytes(60));
        var tokens = new FakeUploadTokenServer();
        // Tokens carry the upload's marker in their file name: bad-kg<key>.bin.
        tokens.BeforeUpload = call => tokens.Snapshot(call.TokenId).FileName!.StartsWith("bad-kg", StringComparison.Ordinal) ? throw new FakeKalturaException("UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD") : Task.CompletedTask;
        using var uploader = new KalturaUploader(tokens, new FakeEntryServer(tokens), new UploadOptions(), new AutoAdvancingClock());

        var results = await uploader.UploadManyAsync([folder.Path]);

        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(bad, failed.FilePath);
        Assert.IsType<FakeKalturaException>(failed.Error);
        Assert.Single(results, r => r.Succeeded);
    }

    [Fact]
    public async Task RunAgainAfterTheEntryWasCreatedReusesIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("clip.mp4", TestData.Bytes(4000));
        var tokens = new FakeUploadTokenServer();
        var entries = new FakeEntryServer(tokens) { PollsUntilReady = int.MaxValue };
        var store = new FileCheckpointStore(Path.Combine(folder.Path, "cp"));
        var options = new UploadOptions { ChunkSize = 1000, CheckpointStore = store, ReadyTimeout = TimeSpan.FromMinutes(1) };
        using (var first = new KalturaUploader(tokens, entries, options, new AutoAdvancingClock()))
        {
            await Assert.ThrowsAsync<UploadException>(() => first.UploadFileAsync(path));
        }

        var checkpoint = await store.LoadAsync(path, default);
        Assert.NotNull(checkpoint?.EntryId);
        var uploadsBefore = tokens.Journal.Count;
        entries.PollsUntilReady = 0;

        using var second = new KalturaUploader(tokens, entries, options, new AutoAdvancingClock());
        var result = await second.UploadFileAsync(path);

        Assert.Equal(checkpoint.EntryId, result.Entry!.Id);
        Assert.True(result.Entry.IsReady());
        Assert.Equal(1, entries.AddCalls);
        Assert.Equal(uploadsBefore, tokens.Journal.Count);
        Assert.Null(await store.LoadAsync(path, default));
    }

    [Theory]
    [InlineData("a.MP4", "MEDIA_CLIP", MediaType.VIDEO)]
    [InlineData("song.mp3", "MEDIA_CLIP", MediaType.AUDIO)]
    [InlineData("photo.jpeg", "MEDIA_CLIP", MediaType.IMAGE)]
    [InlineData("slides.pptx", "DOCUMENT", null)]
    [InlineData("paper.pdf", "DOCUMENT", null)]
    [InlineData("config.json", "DATA", null)]
    [InlineData("no-extension", "DATA", null)]
    public void ChoosesTheEntryTypeByExtension(string fileName, string typeName, MediaType? mediaType)
    {
        var draft = EntryTypeResolver.Resolve(fileName);

        Assert.Equal(new EntryDraft(fileName, draft.Type, mediaType), draft);
        Assert.Equal(typeName, draft.Type.Name);
    }

    [Fact]
    public void AnEntryTypeNoUploadCreatesIsRefused()
    {
        var refused = Assert.Throws<ArgumentException>(() => EntryTypeResolver.Resolve("talk.mp4", EntryType.LIVE_STREAM));

        Assert.Contains("LIVE_STREAM", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AForcedMediaEntryOfUnknownTypeIsAVideo()
    {
        Assert.Equal(new EntryDraft("x.bin", EntryType.MEDIA_CLIP, MediaType.VIDEO), EntryTypeResolver.Resolve("x.bin", EntryType.MEDIA_CLIP));
    }

    [Theory]
    [InlineData("talk.MP4", true)]
    [InlineData("slides.pdf", true)]
    [InlineData("captions.srt", true)]
    [InlineData("feed.xml", true)]
    [InlineData("a.bin", false)]
    [InlineData("no-extension", false)]
    public void RecognizesOnlyExtensionsThatNameTheirEntry(string fileName, bool recognized)
    {
        Assert.Equal(recognized, EntryTypeResolver.Recognizes(fileName));
    }
}
