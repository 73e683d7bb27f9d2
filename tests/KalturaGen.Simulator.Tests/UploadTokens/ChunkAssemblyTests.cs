using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.UploadTokens;

/// <summary>The server's chunk semantics (reference §4.4), asserted on the bytes the simulator holds.</summary>
public sealed class ChunkAssemblyTests
{
    [Fact]
    public async Task SingleShotUploadIsFullAndExact()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(100_000);
        var id = await api.UploadFileAsync(data, "movie.mp4");
        var token = await api.CallAsync("uploadToken", "get", ("uploadTokenId", id));
        Assert.Equal(100_000, token.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task ResumeFalseReplacesTheFile()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, TestData.Bytes(50, 1), finalChunk: false);
        var second = TestData.Bytes(20, 2);
        var result = await api.UploadAsync(id, second, finalChunk: false);
        Assert.Equal(20, result.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(1, result.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256(second), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task ResumeWithoutAFileCannotResume()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        var error = AssertError(await api.UploadAsync(id, [1, 2], resume: true, resumeAt: 0, finalChunk: false), "UPLOAD_TOKEN_CANNOT_RESUME");
        Assert.Equal("Cannot resume the upload, original file was not found", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ResumeAtMinusOneAppends()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        var a = TestData.Bytes(30, 1);
        var b = TestData.Bytes(40, 2);
        await api.UploadAsync(id, a, finalChunk: false);
        var result = await api.UploadAsync(id, b, resume: true, resumeAt: -1, finalChunk: true);
        Assert.Equal(70, result.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(2, result.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256([.. a, .. b]), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task OverlappingChunkIsWrittenInPlace()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        var a = TestData.Bytes(100, 1);
        var b = TestData.Bytes(100, 2);
        await api.UploadAsync(id, a, finalChunk: false);
        var result = await api.UploadAsync(id, b, resume: true, resumeAt: 60, finalChunk: false);
        Assert.Equal(160, result.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256([.. a[..60], .. b]), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task ChunkBeyondTheEndWaitsAndIsNotCounted()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(40);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);

        var parked = await api.UploadAsync(id, data[20..30], resume: true, resumeAt: 20, finalChunk: false);
        Assert.Equal(10, parked.GetProperty("uploadedFileSize").GetInt64());

        // The gap fills, but the parked chunk is only appended at the start of the next call.
        var filled = await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        Assert.Equal(20, filled.GetProperty("uploadedFileSize").GetInt64());

        var next = await api.UploadAsync(id, data[30..40], resume: true, resumeAt: 30, finalChunk: false);
        Assert.Equal(40, next.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task FinalChunkAppendsWaitingChunks()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(30);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);
        await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        var final = await api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true);
        Assert.Equal(2, final.GetProperty("status").GetInt32());
        Assert.Equal(30, final.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task ZeroByteFinalChunkFinishes()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(20);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);
        await api.UploadAsync(id, data[10..], resume: true, resumeAt: 10, finalChunk: false);
        var final = await api.UploadAsync(id, [], resume: true, resumeAt: 20, finalChunk: true);
        Assert.Equal(2, final.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task FinalChunkWaitsForAMissingChunkThatArrivesLater()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(30);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);

        var final = api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true);
        var middle = await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        Assert.Equal(1, middle.GetProperty("status").GetInt32());

        var result = await final;
        Assert.Equal(2, result.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task FinalChunkGivesUpAfterTheWaitAndCanBeRetried()
    {
        await using var api = await StartAsync();
        api.Clock.AutoAdvance = true;
        var data = TestData.Bytes(30);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);
        var before = api.Clock.GetUtcNow();

        var error = AssertError(await api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true), "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE");
        Assert.Equal("Failed to match expected file size", error.GetProperty("message").GetString());
        Assert.True(api.Clock.GetUtcNow() - before >= TimeSpan.FromSeconds(45));
        var token = await api.CallAsync("uploadToken", "get", ("uploadTokenId", id));
        Assert.Equal(1, token.GetProperty("status").GetInt32());

        await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        var retried = await api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true);
        Assert.Equal(2, retried.GetProperty("status").GetInt32());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task FinalChunkWaitIsConfigurable()
    {
        await using var api = await StartAsync(new SimulatorOptions { FinalChunkWait = TimeSpan.Zero });
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, TestData.Bytes(10), finalChunk: false);
        var before = api.Clock.GetUtcNow();
        AssertError(await api.UploadAsync(id, TestData.Bytes(10), resume: true, resumeAt: 20, finalChunk: true), "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE");
        Assert.Equal(before, api.Clock.GetUtcNow());
    }

    [Fact]
    public async Task DuplicateConcurrentFinalChunkLosesWithInvalidStatus()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(30);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);

        var first = api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true);
        var second = api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: true);
        await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);

        var results = await Task.WhenAll(first, second);
        Assert.Single(results, r => r.TryGetProperty("status", out var s) && s.GetInt32() == 2);
        AssertError(results.Single(r => !r.TryGetProperty("status", out _)), "UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task UploadToAFullTokenIsAnInvalidStatus()
    {
        await using var api = await StartAsync();
        var id = await api.UploadFileAsync([1, 2, 3], "a.bin");
        var error = AssertError(await api.UploadAsync(id, [4]), "UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
        Assert.Equal("Upload token is in an invalid status for uploading a file, maybe the file was already uploaded", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ChunksInRandomOrderAndInParallelAssembleExactly()
    {
        await using var api = await StartAsync();
        const int chunk = 64 * 1024;
        var data = TestData.Bytes(chunk * 24 + 777, 7);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..chunk], "big.mp4", finalChunk: false);
        var offsets = Enumerable.Range(1, 24).Select(i => (long)i * chunk).OrderBy(_ => Random.Shared.Next()).ToList();
        await Parallel.ForEachAsync(offsets, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (offset, _) =>
        {
            var end = (int)Math.Min(offset + chunk, data.Length - 777);
            var result = await api.UploadAsync(id, data[(int)offset..end], "big.mp4", resume: true, resumeAt: offset, finalChunk: false);
            Assert.Equal(1, result.GetProperty("status").GetInt32());
        });

        var final = await api.UploadAsync(id, data[^777..], "big.mp4", resume: true, resumeAt: data.Length - 777, finalChunk: true);
        Assert.Equal(2, final.GetProperty("status").GetInt32());
        Assert.Equal(data.Length, final.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task ResentChunksGiveTheSameBytes()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(40);
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, data[..10], finalChunk: false);
        await api.UploadAsync(id, data[20..30], resume: true, resumeAt: 20, finalChunk: false);
        await api.UploadAsync(id, data[20..30], resume: true, resumeAt: 20, finalChunk: false);
        await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        var final = await api.UploadAsync(id, data[30..], resume: true, resumeAt: 30, finalChunk: true);
        Assert.Equal(40, final.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task EmptyNonFinalChunkBeyondZeroIsDismissed()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        var result = await api.UploadAsync(id, [], "named.mp4", resume: true, resumeAt: 10, finalChunk: false);
        Assert.Equal(0, result.GetProperty("status").GetInt32());
        Assert.False(result.TryGetProperty("uploadedFileSize", out _));
        Assert.Equal("named.mp4", result.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task FileNameComesFromTheFirstPartWhenNotDeclared()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        var result = await api.UploadAsync(id, [1], "from-part.mov", finalChunk: false);
        Assert.Equal("from-part.mov", result.GetProperty("fileName").GetString());
    }


    [Fact]
    public async Task FileNameIsTakenFromThePartEvenWhenTheUploadFails()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        AssertError(await api.UploadAsync(id, [1], "kept.mov", resume: true), "UPLOAD_TOKEN_CANNOT_RESUME");
        var token = await api.CallAsync("uploadToken", "get", ("uploadTokenId", id));
        Assert.Equal("kept.mov", token.GetProperty("fileName").GetString());
        Assert.Equal(0, token.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task PartialUploadsExpireAfterSevenDays()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        await api.UploadAsync(id, [1, 2], finalChunk: false);
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(604801));
        var error = AssertError(await api.UploadAsync(id, [3], resume: true, resumeAt: 2, finalChunk: true), "UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED");
        Assert.Equal("Max resume time of 604800 seconds reached, cannot resume upload", error.GetProperty("message").GetString());
        Assert.Equal("604800", error.GetProperty("args").GetProperty("MAX_RESUME_TIME").GetString());
    }

    [Fact]
    public async Task PendingTokensNeverExpire()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        api.Simulator.AdvanceTime(TimeSpan.FromDays(30));
        Assert.Equal(2, (await api.UploadAsync(id, [1])).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AutoFinalizeCompletesWhenDeclaredSizeArrives()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(30);
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "30"), ("uploadToken:autoFinalize", "1"))).GetProperty("id").GetString()!;
        Assert.Equal(1, (await api.UploadAsync(id, data[..10], finalChunk: false)).GetProperty("status").GetInt32());
        Assert.Equal(1, (await api.UploadAsync(id, data[20..], resume: true, resumeAt: 20, finalChunk: false)).GetProperty("status").GetInt32());
        var last = await api.UploadAsync(id, data[10..20], resume: true, resumeAt: 10, finalChunk: false);
        Assert.Equal(2, last.GetProperty("status").GetInt32());
        Assert.Equal(30, last.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), await StoredSha256Async(api, id));
    }

    [Fact]
    public async Task AutoFinalizeSingleShotOfTheDeclaredSizeIsFinal()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "5"), ("uploadToken:autoFinalize", "1"))).GetProperty("id").GetString()!;
        Assert.Equal(2, (await api.UploadAsync(id, [1, 2, 3, 4, 5], finalChunk: false)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AutoFinalizeAppendQuirkFinalizesEarly()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "30"), ("uploadToken:autoFinalize", "1"))).GetProperty("id").GetString()!;
        await api.UploadAsync(id, TestData.Bytes(10), finalChunk: false);
        var appended = await api.UploadAsync(id, TestData.Bytes(10), resume: true, resumeAt: -1, finalChunk: false);
        Assert.Equal(2, appended.GetProperty("status").GetInt32());
        Assert.Equal(20, appended.GetProperty("uploadedFileSize").GetInt64());
    }

    [Fact]
    public async Task AutoFinalizeAppendQuirkCanBeTurnedOff()
    {
        await using var api = await StartAsync(new SimulatorOptions { AutoFinalizeAppendQuirk = false });
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "30"), ("uploadToken:autoFinalize", "1"))).GetProperty("id").GetString()!;
        await api.UploadAsync(id, TestData.Bytes(10), finalChunk: false);
        Assert.Equal(1, (await api.UploadAsync(id, TestData.Bytes(10), resume: true, resumeAt: -1, finalChunk: false)).GetProperty("status").GetInt32());
        Assert.Equal(2, (await api.UploadAsync(id, TestData.Bytes(10), resume: true, resumeAt: -1, finalChunk: false)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task APartWithoutAFileNameFailsTheTokenOnAFinalFirstUpload()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        AssertError(await api.UploadAsync(id, [1, 2], "folder/", finalChunk: true), "UPLOAD_ERROR");
        AssertError(await api.CallAsync("uploadToken", "get", ("uploadTokenId", id)), "UPLOAD_TOKEN_NOT_FOUND");
    }

    [Fact]
    public async Task FileDataMustBeAnUploadedFile()
    {
        await using var api = await StartAsync();
        var id = await NewTokenAsync(api);
        AssertError(await api.CallAsync("uploadToken", "upload", ("uploadTokenId", id), ("fileData", "not a file")), "UPLOAD_ERROR");
        var missing = AssertError(await api.CallAsync("uploadToken", "upload", ("uploadTokenId", id)), "MISSING_MANDATORY_PARAMETER");
        Assert.Equal("Missing parameter \"fileData\"", missing.GetProperty("message").GetString());
    }

    [Fact]
    public async Task FileTypeRestrictionRejectsDisallowedFiles()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.Features.Add(PartnerFeatures.FileTypeRestriction);
        await using var api = await StartAsync(new SimulatorOptions { Partners = [partner] });
        var allowed = await NewTokenAsync(api);
        Assert.Equal(2, (await api.UploadAsync(allowed, [1, 2], "clip.mp4")).GetProperty("status").GetInt32());
        var denied = await NewTokenAsync(api);
        AssertError(await api.UploadAsync(denied, "@echo off"u8.ToArray(), "run.bat"), "UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD");
        AssertError(await api.CallAsync("uploadToken", "get", ("uploadTokenId", denied)), "UPLOAD_TOKEN_NOT_FOUND");
    }

    private static async Task<string> NewTokenAsync(SimulatorApi api) =>
        (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;

    private static async Task<string?> StoredSha256Async(SimulatorApi api, string tokenId)
    {
        var token = api.Simulator.Runtime.State.Tokens[tokenId];
        await token.File!.Lock.WaitAsync();
        try
        {
            return TestData.Sha256(await File.ReadAllBytesAsync(token.File.Path));
        }
        finally
        {
            token.File.Lock.Release();
        }
    }
}
