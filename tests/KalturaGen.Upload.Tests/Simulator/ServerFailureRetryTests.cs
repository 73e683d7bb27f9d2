using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// The server's own failures (an exception it did not map: INTERNAL_SERVERL_ERROR, sic; a database error; a lock it could
/// not grab) say nothing about the request, so every call is retried after them; any other Kaltura error is an answer.
/// </summary>
public sealed class ServerFailureRetryTests
{
    private const int Chunk = 64 * 1024;

    [Theory]
    [InlineData("uploadToken.add", "INTERNAL_SERVERL_ERROR")]
    [InlineData("uploadToken.upload", "INTERNAL_SERVERL_ERROR")]
    [InlineData("uploadToken.upload", "INTERNAL_DATABASE_ERROR")]
    [InlineData("media.add", "INTERNAL_SERVERL_ERROR")]
    [InlineData("media.addContent", "LOCK_TIMED_OUT")]
    [InlineData("baseEntry.get", "INTERNAL_SERVERL_ERROR")]
    public async Task ServerFailuresAreRetried(string target, string code)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("retry.mp4", TestData.Bytes((5 * Chunk) + 11));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = target, Kind = FaultKind.KalturaError, ErrorCode = code, FirstCalls = 2 });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3 });

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        var (service, action) = (target[..target.IndexOf('.')], target[(target.IndexOf('.') + 1)..]);
        Assert.Equal(2, harness.Simulator.Admin.Journal.For(service, action).Count(e => e.ErrorCode == code));
        Assert.Single(await harness.LiveTokensAsync());
        Assert.Single(await harness.LiveEntriesAsync());
    }

    [Theory]
    [InlineData("media.add", "SERVICE_FORBIDDEN")]
    [InlineData("media.addContent", "UPLOAD_TOKEN_NOT_FOUND")]
    public async Task OtherKalturaErrorsEndTheUploadAtOnce(string target, string code)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("refused.mp4", TestData.Bytes(3 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = target, Kind = FaultKind.KalturaError, ErrorCode = code, ErrorArgs = ["media->add"] });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk });

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Equal(code, error.Code);
        var (service, action) = (target[..target.IndexOf('.')], target[(target.IndexOf('.') + 1)..]);
        Assert.Single(harness.Simulator.Admin.Journal.For(service, action));
    }
}
