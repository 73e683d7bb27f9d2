using System.Net.Http.Headers;
using System.Text.Json;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>
/// A fresh in-process simulator plus helpers that speak the wire format the way curl users do:
/// form posts to /api_v3/service/{service}/action/{action} with format=1 and an admin KS.
/// </summary>
public sealed class SimulatorApi : IAsyncDisposable
{
    private SimulatorApi(KalturaSimulator simulator)
    {
        Simulator = simulator;
        Http = simulator.CreateHttpClient();
        // Long-lived, so tests that move the clock by days keep a valid session.
        Ks = simulator.CreateKs(expirySeconds: 365 * 86400);
    }

    /// <summary>The simulator.</summary>
    public KalturaSimulator Simulator { get; }

    /// <summary>A client for the simulator.</summary>
    public HttpClient Http { get; }

    /// <summary>An admin KS of partner 100.</summary>
    public string Ks { get; }

    /// <summary>The simulator's manual clock.</summary>
    public ManualClock Clock => Simulator.ManualClock!;

    /// <summary>Starts a fresh simulator, in-process or (with <paramref name="kestrel"/>) on a loopback port.</summary>
    public static async Task<SimulatorApi> StartAsync(SimulatorOptions? options = null, bool kestrel = false) =>
        new(kestrel ? await KalturaSimulator.StartKestrelAsync(options: options) : await KalturaSimulator.StartInProcessAsync(options));

    /// <summary>Calls an action with form fields; the admin KS and format=1 are added unless given.</summary>
    public async Task<JsonElement> CallAsync(string service, string action, params (string Key, string Value)[] fields)
    {
        var response = await PostFormAsync($"/api_v3/service/{service}/action/{action}", WithDefaults(fields));
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Calls an action with a user KS (or another KS) instead of the admin one.</summary>
    public Task<JsonElement> CallAsAsync(string ks, string service, string action, params (string Key, string Value)[] fields) =>
        CallAsync(service, action, [("ks", ks), .. fields]);

    /// <summary>Posts form fields and returns the raw response.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<(string Key, string Value)> fields) =>
        Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>uploadToken.upload as a multipart post, like curl -F.</summary>
    public async Task<JsonElement> UploadAsync(string tokenId, byte[] data, string fileName = "chunk.bin", bool resume = false,
        bool finalChunk = true, long resumeAt = -1, string? ks = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(ks ?? Ks), "ks" },
            { new StringContent("1"), "format" },
            { new StringContent(tokenId), "uploadTokenId" },
            { new StringContent(resume ? "true" : "false"), "resume" },
            { new StringContent(finalChunk ? "true" : "false"), "finalChunk" },
            { new StringContent(resumeAt.ToString(System.Globalization.CultureInfo.InvariantCulture)), "resumeAt" },
        };
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "fileData", fileName);
        var response = await Http.PostAsync("/api_v3/service/uploadToken/action/upload", content);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates a token and uploads the whole content in one call.</summary>
    public async Task<string> UploadFileAsync(byte[] data, string fileName)
    {
        var token = await CallAsync("uploadToken", "add", ("uploadToken:fileName", fileName));
        var id = token.GetProperty("id").GetString()!;
        var uploaded = await UploadAsync(id, data, fileName);
        Assert.Equal(2, uploaded.GetProperty("status").GetInt32());
        return id;
    }

    /// <summary>A KS of partner 100 (or another partner) built from the admin secret.</summary>
    public string CreateKs(SessionKind type = SessionKind.Admin, string? userId = null, string? privileges = null, int partnerId = 100, int expirySeconds = 86400) =>
        Simulator.CreateKs(partnerId, type, userId, privileges, expirySeconds);

    /// <summary>Parses a JSON response body.</summary>
    public static JsonElement Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a Kaltura error with the code, and returns it for further checks.</summary>
    public static JsonElement AssertError(JsonElement result, string code)
    {
        Assert.True(result.ValueKind == JsonValueKind.Object && result.TryGetProperty("objectType", out var type)
            && type.GetString() == "KalturaAPIException", $"Expected error {code}, got {result}");
        Assert.Equal(code, result.GetProperty("code").GetString());
        return result;
    }

    /// <summary>Asserts a successful object of the given class.</summary>
    public static JsonElement AssertObject(JsonElement result, string objectType)
    {
        Assert.True(result.ValueKind == JsonValueKind.Object, $"Expected {objectType}, got {result}");
        Assert.Equal(objectType, result.GetProperty("objectType").GetString());
        return result;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }

    private IEnumerable<(string, string)> WithDefaults((string Key, string Value)[] fields)
    {
        var list = fields.ToList();
        if (list.All(f => f.Key != "ks"))
        {
            list.Add(("ks", Ks));
        }

        if (list.All(f => f.Key != "format"))
        {
            list.Add(("format", "1"));
        }

        return list;
    }
}
