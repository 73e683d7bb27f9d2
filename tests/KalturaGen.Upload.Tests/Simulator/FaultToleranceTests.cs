using KalturaGen.Client;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>Injected faults in the simulator; the upload must still arrive byte for byte.</summary>
public sealed class FaultToleranceTests
{
    private const int Chunk = 64 * 1024;

    public static TheoryData<FaultKind, bool> TransportFaults() => new()
    {
        { FaultKind.HttpError, false },
        { FaultKind.HttpError, true },
        { FaultKind.AbortRequest, false },
        { FaultKind.AbortResponse, false },
    };

    [Theory]
    [MemberData(nameof(TransportFaults))]
    public async Task TransportFaultsAreRetried(FaultKind kind, bool afterProcessing)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("faulty.mp4", TestData.Bytes((10 * Chunk) + 9));
        harness.Simulator.Admin.AddFault(new FaultRule
        {
            Target = "uploadToken.upload",
            Kind = kind,
            StatusCode = 503,
            AfterProcessing = afterProcessing,
            Fraction = 0.3,
            Seed = 7,
        });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 4, MaxRetryAttempts = 10 });

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.True(result.Upload!.Retries > 0);
        // A faulted call reached the server (and, after processing, was even applied), then was sent again.
        Assert.Contains(harness.UploadCalls().GroupBy(c => c.ResumeAt), offset => offset.Count() > 1);
    }

    [Fact]
    public async Task FinalChunkAnsweredCannotMatchIsRetried()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("final.mp4", TestData.Bytes(5 * Chunk));
        var armed = 0;
        var api = new InterceptingTokenApi(harness.Tokens)
        {
            BeforeUpload = request =>
            {
                if (request.FinalChunk && Interlocked.Exchange(ref armed, 1) == 0)
                {
                    harness.Simulator.Admin.AddFault(new FaultRule
                    {
                        Target = "uploadToken.upload",
                        Kind = FaultKind.KalturaError,
                        ErrorCode = "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE",
                        FirstCalls = 1,
                    });
                }

                return Task.CompletedTask;
            },
        };
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 3 }, api);

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        var finals = harness.UploadCalls().Where(c => c.Final).ToList();
        Assert.Equal(["UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", null], finals.Select(c => c.Error));
    }

    [Fact]
    public async Task TimedOutChunksAreRetried()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("slow.mp4", TestData.Bytes(4 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.Delay, Delay = TimeSpan.FromSeconds(2), FirstCalls = 2 });
        using var http = harness.Simulator.CreateHttpClient();
        var impatient = new KalturaClient(http, new KalturaClientOptions { ServiceUrl = harness.Simulator.BaseAddress, PartnerId = 100, Timeout = TimeSpan.FromMilliseconds(300) })
        {
            Ks = harness.Simulator.CreateKs(),
        };
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk, MaxParallelism = 1 }, new KalturaUploadTokenApi(impatient.UploadToken));

        var result = await uploader.UploadFileAsync(path);

        Assert.Equal(TestData.Sha256(path), await harness.OriginalSha256Async(result.Entry!.Id));
        Assert.True(result.Upload!.Retries >= 2);
    }

    [Fact]
    public async Task KalturaErrorsAreNotRetried()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var path = folder.File("denied.mp4", TestData.Bytes(3 * Chunk));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.KalturaError, ErrorCode = "UPLOAD_TOKEN_NOT_FOUND", FirstCalls = 1 });
        using var uploader = harness.CreateUploader(new UploadOptions { ChunkSize = Chunk });

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => uploader.UploadFileAsync(path));

        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", error.Code);
        Assert.Single(harness.UploadCalls());
    }
}
