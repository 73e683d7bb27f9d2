using System.Net;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Admin;

/// <summary>Fault injection per service.action.</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task FirstCallsGetAnHttpErrorThenCallsSucceed()
    {
        await using var api = await StartAsync();
        api.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.add", Kind = FaultKind.HttpError, StatusCode = 503, FirstCalls = 2 });
        var fields = new[] { ("ks", api.Ks), ("format", "1") };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.PostFormAsync("/api_v3/service/uploadToken/action/add", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.PostFormAsync("/api_v3/service/uploadToken/action/add", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostFormAsync("/api_v3/service/uploadToken/action/add", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostFormAsync("/api_v3/service/uploadToken/action/list", fields)).StatusCode);
        Assert.Single((await api.Simulator.Admin.GetTokensAsync()));
    }

    [Fact]
    public async Task ErrorAfterProcessingStillChangesState()
    {
        await using var api = await StartAsync();
        api.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.add", Kind = FaultKind.HttpError, StatusCode = 502, AfterProcessing = true, FirstCalls = 1 });
        var response = await api.PostFormAsync("/api_v3/service/uploadToken/action/add", [("ks", api.Ks), ("format", "1")]);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(await api.Simulator.Admin.GetTokensAsync());
    }

    [Fact]
    public async Task AbortedRequestIsNotProcessed()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        api.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.upload", Kind = FaultKind.AbortRequest, FirstCalls = 1 });
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent(id), "uploadTokenId" },
            { new ByteArrayContent(TestData.Bytes(100_000)), "fileData", "a.mp4" },
        };
        await Assert.ThrowsAnyAsync<Exception>(() => api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content));
        Assert.Equal(0, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", id))).GetProperty("status").GetInt32());
        Assert.Equal(2, (await api.UploadAsync(id, [1, 2, 3])).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AbortedResponseHappensAfterProcessing()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        api.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.upload", Kind = FaultKind.AbortResponse, FirstCalls = 1 });
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var response = await api.UploadAsync(id, [1, 2, 3]);
            Assert.Fail($"Expected a dropped connection, got {response}");
        });
        Assert.Equal(2, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", id))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task KalturaErrorFaultAnswersTheGivenError()
    {
        await using var api = await StartAsync();
        api.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.*", Kind = FaultKind.KalturaError, ErrorCode = "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", FirstCalls = 1 });
        AssertError(await api.CallAsync("uploadToken", "list"), "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE");
        AssertObject(await api.CallAsync("uploadToken", "list"), "KalturaUploadTokenListResponse");
        api.Simulator.Admin.AddFault(new FaultRule { Target = "media.get", Kind = FaultKind.KalturaError, ErrorCode = "ENTRY_ID_NOT_FOUND", ErrorArgs = ["0_fake"] });
        Assert.Equal("Entry id \"0_fake\" not found", AssertError(await api.CallAsync("media", "get", ("entryId", "x")), "ENTRY_ID_NOT_FOUND").GetProperty("message").GetString());
    }

    [Fact]
    public async Task SeededFractionIsRepeatable()
    {
        async Task<List<bool>> RunAsync()
        {
            await using var api = await StartAsync();
            api.Simulator.Admin.AddFault(new FaultRule { Target = "system.ping", Kind = FaultKind.HttpError, Fraction = 0.5, Seed = 42 });
            var outcomes = new List<bool>();
            for (var i = 0; i < 20; i++)
            {
                outcomes.Add((await api.Http.GetAsync("/api_v3/service/system/action/ping?format=1")).IsSuccessStatusCode);
            }

            return outcomes;
        }

        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains(true, first);
        Assert.Contains(false, first);
    }

    [Fact]
    public async Task DelayHoldsTheCallBeforeAnswering()
    {
        await using var api = await StartAsync();
        api.Simulator.Admin.AddFault(new FaultRule { Target = "system.ping", Kind = FaultKind.Delay, Delay = TimeSpan.FromSeconds(30), FirstCalls = 1 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.Http.GetAsync("/api_v3/service/system/action/ping?format=1", cancel.Token));
        Assert.Equal("true", await api.Http.GetStringAsync("/api_v3/service/system/action/ping?format=1"));
    }

    [Fact]
    public async Task JournalRecordsCallsFaultsAndFiles()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.UploadAsync(id, TestData.Bytes(10), "j.mp4", finalChunk: false, resumeAt: 0);
        await api.CallAsync("media", "get", ("entryId", "0_x"));
        var journal = api.Simulator.Admin.Journal;
        var upload = Assert.Single(journal.For("uploadToken", "upload"));
        Assert.Equal("0", upload.Parameters["resumeAt"]);
        Assert.False(upload.Parameters.ContainsKey("ks"));
        Assert.Equal(10, Assert.Single(upload.Files).Size);
        Assert.Equal("ENTRY_ID_NOT_FOUND", Assert.Single(journal.For("media", "get")).ErrorCode);
    }

    [Fact]
    public async Task ResetForgetsEverything()
    {
        await using var api = await StartAsync();
        await api.ReadyVideoAsync([1, 2, 3]);
        api.Simulator.Admin.AddFault(new FaultRule { Target = "*", Kind = FaultKind.HttpError });
        await api.Simulator.Admin.ResetAsync();
        Assert.Empty(await api.Simulator.Admin.GetEntriesAsync());
        Assert.Empty(await api.Simulator.Admin.GetTokensAsync());
        Assert.Empty(await api.Simulator.Admin.GetAssetsAsync());
        Assert.Empty(api.Simulator.Admin.Faults.Rules);
        Assert.Equal("true", await api.Http.GetStringAsync("/api_v3/service/system/action/ping?format=1"));
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Content));
    }
}
