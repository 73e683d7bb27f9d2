using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Abuse;

/// <summary>
/// The input limits of PHP (post_max_size, max_input_nesting_level, max_input_vars, max_file_uploads), which PHP
/// enforces by dropping input silently and the simulator by answering a clear error. Nothing past a limit is parsed.
/// </summary>
public sealed class RequestLimitTests
{
    private const string Ping = "/api_v3/service/system/action/ping?format=1";

    [Fact]
    public async Task KeysNestedUpToSixtyFourLevelsAreAccepted()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync(Ping, [(DeepKey(64), "x")]);
        Assert.Equal("true", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ABracketKeyNestedDeeperThanSixtyFourLevelsIsRefused()
    {
        await using var api = await StartAsync();
        var error = AssertError(await PostAsync(api, Ping, [(DeepKey(65), "x")]), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
        Assert.Equal("64", error.GetProperty("args").GetProperty("MAX_LEVEL").GetString());
        Assert.Equal("a", error.GetProperty("args").GetProperty("PARAM_NAME").GetString());
    }

    [Fact]
    public async Task AColonKeyNestedDeeperThanSixtyFourLevelsIsRefused()
    {
        await using var api = await StartAsync();
        AssertError(await PostAsync(api, Ping, [(string.Join(':', Enumerable.Repeat("a", 66)), "x")]), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
    }

    [Fact]
    public async Task AJsonBodyNestedDeeperThanSixtyFourLevelsIsRefused()
    {
        await using var api = await StartAsync();
        var json = "{\"format\":1,\"service\":\"system\",\"action\":\"ping\",\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 66);
        AssertError(await PostJsonAsync(api, "/api_v3/", json), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
    }

    [Fact]
    public async Task ADeepMultiRequestIsRefusedBeforeAnySubRequestRuns()
    {
        await using var api = await StartAsync();
        var body = await PostAsync(api, "/api_v3/service/multirequest?format=1",
            [("1:service", "uploadToken"), ("1:action", "add"), ("ks", api.Ks), ("2:service", "system"), ("2:action", "ping"), ("2" + DeepKey(80)[1..], "x")]);
        AssertError(body, "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
        Assert.Empty(await api.Simulator.Admin.GetTokensAsync());
    }

    [Fact]
    public async Task MoreThanAThousandFormVariablesAreRefused()
    {
        await using var api = await StartAsync();
        var fields = Enumerable.Range(0, 1000).Select(i => ($"v{i}", "x")).ToList();
        Assert.Equal("true", await (await api.PostFormAsync(Ping, fields)).Content.ReadAsStringAsync());
        var error = AssertError(await PostAsync(api, Ping, [.. fields, ("one-more", "x")]), "MAX_INPUT_VARS_EXCEEDED");
        Assert.Equal("1000", error.GetProperty("args").GetProperty("MAX_VARS").GetString());
    }

    [Fact]
    public async Task AFormBodyOverTheSizeLimitIsRefusedNotTruncated()
    {
        await using var api = await StartAsync();
        var limit = new SimulatorLimits().MaxBodyBytes;
        var body = Encoding.ASCII.GetBytes("a=" + new string('x', (int)limit - 1)); // limit + 1 bytes
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var error = AssertError(Parse(await (await api.Http.PostAsync(Ping, content)).Content.ReadAsStringAsync()), "POST_MAX_SIZE_EXCEEDED");
        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("args").GetProperty("MAX_SIZE").GetString());
        var journaled = api.Simulator.Admin.Journal.Entries.Single();
        Assert.Equal("POST_MAX_SIZE_EXCEEDED", journaled.ErrorCode);
        Assert.Empty(journaled.Parameters);
    }

    [Fact]
    public async Task AChunkedJsonBodyOverTheSizeLimitIsRefused()
    {
        await using var api = await StartAsync();
        var limit = new SimulatorLimits().MaxBodyBytes;
        var json = "{\"service\":\"system\",\"action\":\"ping\",\"a\":\"" + new string('x', (int)limit) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(json))); // no Content-Length: read until the limit
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        AssertError(Parse(await (await api.Http.PostAsync("/api_v3/?format=1", content)).Content.ReadAsStringAsync()), "POST_MAX_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task MultipartFieldsOverTheSizeLimitAreRefused()
    {
        await using var api = await StartAsync();
        var limit = new SimulatorLimits().MaxBodyBytes;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(new string('x', (int)(limit / 2))), "a" },
            { new StringContent(new string('x', (int)(limit / 2) + 1)), "b" },
        };
        AssertError(Parse(await (await api.Http.PostAsync(Ping, content)).Content.ReadAsStringAsync()), "POST_MAX_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task MoreThanTwentyFilePartsAreRefusedAndNoneIsKept()
    {
        await using var api = await StartAsync();
        using var content = new MultipartFormDataContent();
        for (var i = 0; i < 21; i++)
        {
            content.Add(new ByteArrayContent(TestData.Bytes(10, i)), $"f{i}", $"f{i}.bin");
        }

        var error = AssertError(Parse(await (await api.Http.PostAsync(Ping, content)).Content.ReadAsStringAsync()), "MAX_FILE_UPLOADS_EXCEEDED");
        Assert.Equal("20", error.GetProperty("args").GetProperty("MAX_FILES").GetString());
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
    }

    [Fact]
    public async Task ALimitErrorFollowsTheUrlFormatOrIsJson()
    {
        await using var api = await StartAsync();
        var xml = await (await api.PostFormAsync("/api_v3/service/system/action/ping?format=2", [(DeepKey(70), "x")])).Content.ReadAsStringAsync();
        Assert.Contains("<code>MAX_INPUT_NESTING_LEVEL_EXCEEDED</code>", xml);
        var json = await (await api.PostFormAsync("/api_v3/service/system/action/ping", [("format", "2"), (DeepKey(70), "x")])).Content.ReadAsStringAsync();
        AssertError(Parse(json), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
    }

    [Fact]
    public async Task AMultipartBoundaryLongerThanTheReadBufferIsParsed()
    {
        await using var api = await StartAsync();
        var boundary = new string('b', 20_000);
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n1\r\n--{boundary}--\r\n";
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        Assert.Equal("true", await (await api.Http.PostAsync("/api_v3/service/system/action/ping", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AJsonBodyWithALoneSurrogateIsIgnoredAsPhpIgnoresIt()
    {
        await using var api = await StartAsync();
        // json_decode fails on an unpaired surrogate, so the server falls back to the (empty) form fields.
        var body = await PostJsonAsync(api, "/api_v3/?format=1", "{\"service\":\"system\",\"action\":\"ping\",\"x\":\"\\ud800\"}");
        AssertError(body, "SERVICE_NOT_SPECIFIED");
    }

    [Fact]
    public async Task AJsonNumberBeyondDoubleRangeIsReadLikeTheSameFormField()
    {
        await using var api = await StartAsync();
        Assert.Equal(JsonValueKind.True, (await PostJsonAsync(api, "/api_v3/", "{\"format\":1,\"service\":\"system\",\"action\":\"ping\",\"n\":1e309,\"m\":-1e309}")).ValueKind);
        var journaled = api.Simulator.Admin.Journal.Entries.Single();
        Assert.Equal("1e309", journaled.Parameters["n"]);
        Assert.Equal("-1e309", journaled.Parameters["m"]);

        var json = $"{{\"format\":1,\"ks\":\"{api.Ks}\",\"service\":\"uploadToken\",\"action\":\"add\",\"uploadToken\":{{\"fileSize\":1e309}}}}";
        AssertError(await PostJsonAsync(api, "/api_v3/", json), "PROPERTY_VALIDATION_MAX_VALUE");
        Assert.Empty(await api.Simulator.Admin.GetTokensAsync());
    }

    [Fact]
    public async Task AnInfiniteFileSizeIsRefusedAndNoTokenIsStored()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "1e309")), "PROPERTY_VALIDATION_MAX_VALUE");
        Assert.Equal("KalturaUploadToken::fileSize", error.GetProperty("args").GetProperty("PROP_NAME").GetString());
        AssertError(await api.CallAsync("uploadToken", "add", ("uploadToken:fileSize", "-1e309")), "PROPERTY_VALIDATION_MIN_VALUE");
        Assert.Empty(await api.Simulator.Admin.GetTokensAsync());
        Assert.Equal(0, (await api.CallAsync("uploadToken", "list")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnInfiniteFloatParameterIsRefused()
    {
        await using var api = await StartAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" }, { new StringContent(token), "uploadTokenId" },
            { new StringContent("1"), "resume" }, { new StringContent("1e400"), "resumeAt" },
            { new ByteArrayContent(TestData.Bytes(10)), "fileData", "a.mp4" },
        };
        var response = await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content);
        var error = AssertError(Parse(await response.Content.ReadAsStringAsync()), "PROPERTY_VALIDATION_MAX_VALUE");
        Assert.Equal("resumeAt", error.GetProperty("args").GetProperty("PROP_NAME").GetString());
    }

    private static string DeepKey(int levels) => "a" + string.Concat(Enumerable.Repeat("[a]", levels));

    private static async Task<JsonElement> PostAsync(SimulatorApi api, string path, IEnumerable<(string, string)> fields) =>
        Parse(await (await api.PostFormAsync(path, fields)).Content.ReadAsStringAsync());

    private static async Task<JsonElement> PostJsonAsync(SimulatorApi api, string path, string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Parse(await (await api.Http.PostAsync(path, content)).Content.ReadAsStringAsync());
    }
}
