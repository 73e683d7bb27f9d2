using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>The generated clients honour the RefitSettings and the HttpClient pipeline they are given.</summary>
public class RefitSettingsTests
{
    private static readonly string[] ExpectedPaths =
    [
        "/api_v3/service/system/action/ping",
        "/api_v3/service/uploadtoken/action/add",
        "/api_v3/service/uploadtoken/action/upload",
        "/api_v3/service/media/action/add",
        "/api_v3/service/media/action/get",
    ];

    [Fact]
    public async Task AHandlerFromTheSettingsHandlerFactorySeesEveryRequest()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var recorder = new RecordingHandler(simulator.CreateHandler());
        var settings = SimulatorRefit.Settings(simulator);
        settings.HttpMessageHandlerFactory = () => recorder;
        var host = simulator.BaseAddress.ToString();

        await RunCallsAsync(
            RestService.For<ISystemApi>(host, settings),
            RestService.For<IUploadTokenApi>(host, settings),
            RestService.For<IMediaApi>(host, settings));

        Assert.Equal(ExpectedPaths, recorder.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal(ExpectedPaths.Length, simulator.Admin.Journal.Entries.Count);
    }

    [Fact]
    public async Task AHandlerAddedToTheAddKalturaClientBuilderSeesEveryRequest()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var recorder = new RecordingHandler();
        await using var provider = SimulatorRefit.Services(simulator, SimulatorRefit.AdminKs(simulator), b => b.AddHttpMessageHandler(() => recorder));

        await RunCallsAsync(provider.GetRequiredService<ISystemApi>(), provider.GetRequiredService<IUploadTokenApi>(), provider.GetRequiredService<IMediaApi>());
        Assert.True(await provider.GetRequiredService<KalturaClient>().System.PingAsync());
        Assert.True(await provider.GetRequiredService<ISystemService>().PingAsync());

        Assert.Equal([.. ExpectedPaths, ExpectedPaths[0], ExpectedPaths[0]], recorder.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal(ExpectedPaths.Length + 2, simulator.Admin.Journal.Entries.Count);
    }

    [Fact]
    public async Task EachRequestCarriesRefitsMethodNameAndPathTemplate()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var recorder = new RecordingHandler(simulator.CreateHandler());
        var settings = SimulatorRefit.Settings(simulator);
        settings.HttpMessageHandlerFactory = () => recorder;
        var host = simulator.BaseAddress.ToString();

        await RunCallsAsync(
            RestService.For<ISystemApi>(host, settings),
            RestService.For<IUploadTokenApi>(host, settings),
            RestService.For<IMediaApi>(host, settings));

        Assert.Equal(
            [
                ("PingAsync", ExpectedPaths[0], typeof(ISystemApi)),
                ("AddAsync", ExpectedPaths[1], typeof(IUploadTokenApi)),
                ("UploadAsync", ExpectedPaths[2], typeof(IUploadTokenApi)),
                ("AddAsync", ExpectedPaths[3], typeof(IMediaApi)),
                ("GetAsync", ExpectedPaths[4], typeof(IMediaApi)),
            ],
            recorder.Requests.Select(r => (r.MethodName, r.RelativePathTemplate, r.InterfaceType)));
    }

    [Fact]
    public async Task ACustomExceptionFactoryOnTheSettingsDecidesWhatIsThrown()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var settings = SimulatorRefit.Settings(simulator);
        var kaltura = settings.ExceptionFactory;
        var seen = new List<string>();
        settings.ExceptionFactory = async response =>
        {
            seen.Add(response.RequestMessage!.RequestUri!.AbsolutePath);
            return await kaltura(response) is KalturaApiException error ? new EntryProblemException(error.Code) : null;
        };
        var media = SimulatorRefit.For<IMediaApi>(simulator, settings);

        var entry = await media.AddAsync(new MediaAddParameters { Entry = new MediaEntry { Name = "kept", MediaType = MediaType.VIDEO } });
        var problem = await Assert.ThrowsAsync<EntryProblemException>(() => media.GetAsync(new MediaGetParameters { EntryId = "0_missing" }));

        Assert.Equal("kept", entry.Name);
        Assert.Equal("ENTRY_ID_NOT_FOUND", problem.Code);
        Assert.Equal(["/api_v3/service/media/action/add", "/api_v3/service/media/action/get"], seen);
    }

    [Fact]
    public async Task JsonBodiesHaveAContentLengthAndTheExactTypeApplicationJson()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var recorder = new RecordingHandler(simulator.CreateHandler());
        var settings = SimulatorRefit.Settings(simulator);
        settings.HttpMessageHandlerFactory = () => recorder;
        var host = simulator.BaseAddress.ToString();

        await RunCallsAsync(
            RestService.For<ISystemApi>(host, settings),
            RestService.For<IUploadTokenApi>(host, settings),
            RestService.For<IMediaApi>(host, settings));

        var json = recorder.Requests.Where(r => r.Uri.AbsolutePath != ExpectedPaths[2]).ToList();
        Assert.Equal(4, json.Count);
        Assert.All(json, r =>
        {
            Assert.Equal("application/json", r.ContentType);
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(r.Body), r.ContentLength);
            Assert.StartsWith("{\"format\":1,\"ks\":\"", r.Body, StringComparison.Ordinal);
        });
        Assert.StartsWith("multipart/form-data; boundary=", recorder.Requests[2].ContentType, StringComparison.Ordinal);

        // The server reads a JSON body only under exactly that type: it saw the parameters.
        Assert.Equal("clip.mp4", Assert.Single(simulator.Admin.Journal.For("uploadtoken", "add")).Parameters["uploadToken:fileName"]);
        Assert.Equal("recorded", Assert.Single(simulator.Admin.Journal.For("media", "add")).Parameters["entry:name"]);
    }

    [Fact]
    public async Task TheKsTravelsInTheBodyAndNeverInTheUrl()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var ks = SimulatorRefit.AdminKs(simulator);
        var recorder = new RecordingHandler();
        await using var provider = SimulatorRefit.Services(simulator, ks, b => b.AddHttpMessageHandler(() => recorder));

        await RunCallsAsync(provider.GetRequiredService<ISystemApi>(), provider.GetRequiredService<IUploadTokenApi>(), provider.GetRequiredService<IMediaApi>());

        Assert.Equal(ExpectedPaths.Length, recorder.Requests.Count);
        Assert.All(recorder.Requests, r =>
        {
            Assert.Equal(string.Empty, r.Uri.Query);
            Assert.DoesNotContain(ks, r.Uri.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(ks), r.Uri.ToString(), StringComparison.Ordinal);
        });
        Assert.All(recorder.Requests.Where(r => r.ContentType == "application/json"), r => Assert.Contains($"\"ks\":\"{ks}\"", r.Body, StringComparison.Ordinal));
    }

    /// <summary>Five calls: a JSON call per service, a multipart upload, and a call the server answers with an error.</summary>
    private static async Task RunCallsAsync(ISystemApi system, IUploadTokenApi tokens, IMediaApi media)
    {
        Assert.True(await system.PingAsync(new SystemPingParameters()));
        var token = await tokens.AddAsync(new UploadTokenAddParameters { UploadToken = new UploadToken { FileName = "clip.mp4" } });
        var uploaded = await tokens.UploadAsync(new UploadTokenUploadParameters { UploadTokenId = token.Id! }, KalturaFile.FromBytes("12345"u8.ToArray(), "clip.mp4"));
        Assert.Equal(5, uploaded.UploadedFileSize);
        var entry = await media.AddAsync(new MediaAddParameters { Entry = new MediaEntry { Name = "recorded", MediaType = MediaType.VIDEO } });
        Assert.Equal("recorded", entry.Name);
        var missing = await Assert.ThrowsAsync<KalturaApiException>(() => media.GetAsync(new MediaGetParameters { EntryId = "0_missing" }));
        Assert.Equal("ENTRY_ID_NOT_FOUND", missing.Code);
    }

    private sealed class EntryProblemException(string code) : Exception($"Kaltura said {code}")
    {
        public string Code { get; } = code;
    }
}
