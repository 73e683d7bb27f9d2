using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Wire;

/// <summary>Every request form the server accepts (reference §1.1, §1.2).</summary>
public sealed class RequestFormTests
{
    [Fact]
    public async Task BracketKeysNestObjects()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry[mediaType]", "1"), ("entry[name]", "Bracketed"), ("entry[tags]", "a,b"));
        Assert.Equal("Bracketed", entry.GetProperty("name").GetString());
        Assert.Equal("a,b", entry.GetProperty("tags").GetString());
    }

    [Fact]
    public async Task ColonKeysNestObjectsAndMixWithBrackets()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry[mediaType]", "1"), ("entry:name", "Colon"), ("entry:description", "mixed"));
        Assert.Equal("Colon", entry.GetProperty("name").GetString());
        Assert.Equal("mixed", entry.GetProperty("description").GetString());
    }

    [Fact]
    public async Task QueryStringAndIndexPhpAreAccepted()
    {
        await using var api = await StartAsync();
        var response = await api.Http.GetAsync($"/api_v3/index.php?service=system&action=ping&format=1");
        Assert.Equal("true", await response.Content.ReadAsStringAsync());
        var plain = await api.Http.GetAsync($"/api_v3/?service=system&action=ping&format=1");
        Assert.Equal("true", await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyParameterCanBeAPathPairAndTheFirstOccurrenceWins()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "path.mp4"))).GetProperty("id").GetString()!;
        var response = await api.Http.GetAsync($"/api_v3/service/uploadtoken/action/get/uploadTokenId/{id}/uploadTokenId/0_other/format/1?ks={api.Ks}");
        Assert.Equal("path.mp4", Parse(await response.Content.ReadAsStringAsync()).GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task ServiceAndActionNamesAreCaseInsensitive()
    {
        await using var api = await StartAsync();
        var response = await api.Http.GetAsync("/api_v3/service/SYSTEM/action/PiNg?format=1");
        Assert.Equal("true", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UrlParametersBeatFilePartsWhichBeatBodyFields()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "query.mp4"))).GetProperty("id").GetString()!;
        // Body says another token; the query string wins.
        var response = await api.PostFormAsync($"/api_v3/service/uploadToken/action/get?uploadTokenId={id}", [("ks", api.Ks), ("format", "1"), ("uploadTokenId", "0_body")]);
        Assert.Equal(id, Parse(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString());

        // A file part named like a body field replaces it.
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" }, { new StringContent(id), "uploadTokenId" },
            { new StringContent("text"), "fileData" },
            { new ByteArrayContent([1, 2, 3]), "fileData", "real.bin" },
        };
        var upload = Parse(await (await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content)).Content.ReadAsStringAsync());
        Assert.Equal(3, upload.GetProperty("uploadedFileSize").GetInt64());
    }

    [Fact]
    public async Task JsonBodyWithTheExactContentTypeIsRead()
    {
        await using var api = await StartAsync();
        var body = JsonSerializer.Serialize(new { ks = api.Ks, format = 1, entry = new { objectType = "KalturaMediaEntry", mediaType = 1, name = "From JSON" } });
        var response = await PostJsonAsync(api, "/api_v3/service/media/action/add", body, "application/json");
        Assert.Equal("From JSON", Parse(response).GetProperty("name").GetString());
    }

    [Fact]
    public async Task JsonBodyWithACharsetIsIgnoredAsTheServerDoes()
    {
        await using var api = await StartAsync();
        var body = JsonSerializer.Serialize(new { ks = api.Ks, entry = new { mediaType = 1 } });
        var response = await PostJsonAsync(api, "/api_v3/service/media/action/add?format=1", body, "application/json; charset=utf-8");
        var error = AssertError(Parse(response), "MISSING_MANDATORY_PARAMETER");
        Assert.Equal("entry", error.GetProperty("args").GetProperty("PARAM_NAME").GetString());
    }

    [Fact]
    public async Task JsonBodyMustLookLikeAnObject()
    {
        await using var api = await StartAsync();
        var response = await PostJsonAsync(api, "/api_v3/service/system/action/ping?format=1", "[1,2]", "application/json");
        Assert.Equal("true", response);
    }

    [Fact]
    public async Task MultipartJsonFieldReplacesOtherFieldsButKeepsFiles()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        var json = JsonSerializer.Serialize(new { ks = api.Ks, format = 1, uploadTokenId = id, resume = false, finalChunk = true, resumeAt = -1 });
        using var content = new MultipartFormDataContent
        {
            { new StringContent(json), "json" },
            { new StringContent("0_ignored"), "uploadTokenId" },
            { new ByteArrayContent(TestData.Bytes(1000)), "fileData", "from-node.mp4" },
        };
        var result = Parse(await (await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content)).Content.ReadAsStringAsync());
        Assert.Equal(2, result.GetProperty("status").GetInt32());
        Assert.Equal(1000, result.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal("from-node.mp4", result.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task NullSuffixClearsAProperty()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:description", "to clear"));
        var id = entry.GetProperty("id").GetString()!;
        var updated = await api.CallAsync("media", "update", ("entryId", id), ("mediaEntry:description__null", ""));
        Assert.False(updated.TryGetProperty("description", out _));
    }

    [Fact]
    public async Task BooleansFollowTheServerCast()
    {
        await using var api = await StartAsync();
        foreach (var (text, final) in new[] { ("false", false), ("FALSE", false), ("0", false), ("", false), ("1", true), ("true", true), ("yes", true) })
        {
            var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
            using var content = new MultipartFormDataContent
            {
                { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" }, { new StringContent(id), "uploadTokenId" },
                { new StringContent(text), "finalChunk" }, { new ByteArrayContent([1]), "fileData", "a.bin" },
            };
            var result = Parse(await (await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content)).Content.ReadAsStringAsync());
            Assert.Equal(final ? 2 : 1, result.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task EnumParametersAcceptTrueAndFalse()
    {
        await using var api = await StartAsync();
        var ks = await api.CallAsync("session", "start", ("secret", "simulator-admin-secret"), ("partnerId", "100"), ("type", "false"));
        Assert.Equal(JsonValueKind.String, ks.ValueKind);
    }

    [Fact]
    public async Task InvalidEnumValuesAreRejected()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "add", ("entry:mediaType", "3")), "INVALID_ENUM_VALUE");
        Assert.Equal("Invalid enumeration value \"3\" for parameter \"mediaType\", expecting enumeration type \"KalturaMediaType\"", error.GetProperty("message").GetString());
        var session = AssertError(await api.CallAsync("session", "start", ("secret", "x"), ("type", "1")), "INVALID_ENUM_VALUE");
        Assert.Equal("type", session.GetProperty("args").GetProperty("PARAM_NAME").GetString());
    }

    [Fact]
    public async Task InvalidXmlCharactersAreRejected()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "bad\u0001name")), "INVALID_PARAMETER_CHAR");
        Assert.Equal("name", error.GetProperty("args").GetProperty("XML_FIELD").GetString());
    }

    [Fact]
    public async Task ObjectTypeIsHonouredOnlyForSubclasses()
    {
        await using var api = await StartAsync();
        var data = await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDataEntry"), ("entry:name", "data"));
        Assert.Equal("KalturaDataEntry", data.GetProperty("objectType").GetString());
        var ignored = await api.CallAsync("media", "add", ("entry:objectType", "KalturaUploadToken"), ("entry:mediaType", "1"));
        Assert.Equal("KalturaMediaEntry", ignored.GetProperty("objectType").GetString());
    }

    [Fact]
    public async Task AbstractTypesNeedAConcreteObjectType()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsync("media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var error = AssertError(await api.CallAsync("media", "addContent", ("entryId", entry), ("resource:token", "0_x")), "OBJECT_TYPE_ABSTRACT");
        Assert.Equal("The object type \"KalturaResource\" is abstract, use one of the object implementations", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UnknownPropertiesAndParametersAreIgnored()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:noSuchProperty", "x"), ("noSuchParameter", "y"));
        AssertObject(entry, "KalturaMediaEntry");
    }

    [Fact]
    public async Task DashEmptiesAnArray()
    {
        await using var api = await StartAsync();
        var source = (await api.CallAsync("media", "add", ("entry:mediaType", "1"))).GetProperty("id").GetString()!;
        var clone = await api.CallAsync("baseEntry", "clone", ("entryId", source), ("cloneOptions:-", ""));
        AssertObject(clone, "KalturaMediaEntry");
        Assert.NotEqual(source, clone.GetProperty("id").GetString());
    }

    [Fact]
    public async Task RelativeTimesAreRelativeToNow()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDataEntry"))).GetProperty("id").GetString()!;
        var recent = await api.CallAsync("baseEntry", "list", ("filter:idIn", entry), ("filter:statusIn", "7"), ("filter:createdAtGreaterThanOrEqual", "-60"));
        Assert.Equal(1, recent.GetProperty("totalCount").GetInt32());
        var future = await api.CallAsync("baseEntry", "list", ("filter:idIn", entry), ("filter:statusIn", "7"), ("filter:createdAtGreaterThanOrEqual", "60"));
        Assert.Equal(0, future.GetProperty("totalCount").GetInt32());
    }


    [Fact]
    public async Task MinusOneIsNotARelativeTime()
    {
        await using var api = await StartAsync();
        var entry = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDataEntry"))).GetProperty("id").GetString()!;
        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(10));

        // -1 stays the absolute time -1 (every entry is newer); -2 means two seconds ago.
        var minusOne = await api.CallAsync("baseEntry", "list", ("filter:idIn", entry), ("filter:statusIn", "7"), ("filter:createdAtGreaterThanOrEqual", "-1"));
        Assert.Equal(1, minusOne.GetProperty("totalCount").GetInt32());
        var minusTwo = await api.CallAsync("baseEntry", "list", ("filter:idIn", entry), ("filter:statusIn", "7"), ("filter:createdAtGreaterThanOrEqual", "-2"));
        Assert.Equal(0, minusTwo.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task CorsPreflightIsAnswered()
    {
        await using var api = await StartAsync();
        var response = await api.Http.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api_v3/service/media/action/add"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("POST, GET, HEAD, OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    private static async Task<string> PostJsonAsync(SimulatorApi api, string path, string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await api.Http.PostAsync(path, content);
        return await response.Content.ReadAsStringAsync();
    }
}
