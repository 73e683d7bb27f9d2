using System.Text.Json;
using System.Xml.Linq;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Wire;

/// <summary>Response serialization (reference §1.4 – §1.6).</summary>
public sealed class ResponseFormatTests
{
    [Fact]
    public async Task JsonDropsNullsAndPutsObjectTypeLast()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/uploadToken/action/add", [("ks", api.Ks), ("format", "1")]);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal("id", names[0]);
        Assert.Equal("objectType", names[^1]);
        Assert.DoesNotContain(document.RootElement.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain("uploadedFileSize", names);
    }

    [Fact]
    public async Task OwnPropertiesComeBeforeInheritedOnes()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:name", "order"));
        var names = entry.EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(names.IndexOf("mediaType") < names.IndexOf("plays"));
        Assert.True(names.IndexOf("plays") < names.IndexOf("id"));
        Assert.Equal("objectType", names[^1]);
    }

    [Fact]
    public async Task ErrorsHaveCodeMessageObjectTypeAndArgsInOrder()
    {
        await using var api = await StartAsync();
        var body = await (await api.PostFormAsync("/api_v3/service/media/action/get", [("ks", api.Ks), ("format", "1"), ("entryId", "0_abc")])).Content.ReadAsStringAsync();
        Assert.Equal("{\"code\":\"ENTRY_ID_NOT_FOUND\",\"message\":\"Entry id \\\"0_abc\\\" not found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ENTRY_ID\":\"0_abc\"}}", body);
    }

    [Fact]
    public async Task ErrorsWithoutArgumentsHaveAnEmptyArray()
    {
        await using var api = await StartAsync();
        var body = await (await api.PostFormAsync("/api_v3/service/uploadToken/action/get", [("ks", api.Ks), ("format", "1"), ("uploadTokenId", "0_x")])).Content.ReadAsStringAsync();
        Assert.EndsWith("\"objectType\":\"KalturaAPIException\",\"args\":[]}", body);
    }

    [Fact]
    public async Task ErrorsAreHttp200()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/nothing/action/none", [("format", "1")]);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task VoidAnswersNull()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/session/action/end", [("ks", api.CreateKs()), ("format", "1")]);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ScalarResultsAreBareJsonValues()
    {
        await using var api = await StartAsync();
        var ks = await (await api.PostFormAsync("/api_v3/service/session/action/start", [("secret", "simulator-admin-secret"), ("partnerId", "100"), ("format", "1")])).Content.ReadAsStringAsync();
        Assert.StartsWith("\"djJ8", ks);
        var count = await (await api.PostFormAsync("/api_v3/service/media/action/count", [("ks", api.Ks), ("format", "1")])).Content.ReadAsStringAsync();
        Assert.Equal("0", count);
    }

    [Fact]
    public async Task AContentTypeParameterReplacesTheResponseContentType()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/system/action/ping", [("format", "1"), ("content-type", "text/plain")]);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("true", await response.Content.ReadAsStringAsync());
        var plain = await api.PostFormAsync("/api_v3/service/system/action/ping", [("format", "1")]);
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task XmlIsTheDefaultFormat()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/uploadToken/action/add", [("ks", api.Ks), ("uploadToken:fileName", "x<y>.mp4")]);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result><objectType>KalturaUploadToken</objectType><id>", body);
        var xml = XDocument.Parse(body);
        var result = xml.Root!.Element("result")!;
        Assert.Equal("x<y>.mp4", result.Element("fileName")!.Value);
        Assert.Equal("", result.Element("uploadedFileSize")!.Value);
        Assert.NotNull(xml.Root.Element("executionTime"));
    }

    [Fact]
    public async Task XmlIgnoreNullDropsEmptyProperties()
    {
        await using var api = await StartAsync();
        var body = await (await api.PostFormAsync("/api_v3/service/uploadToken/action/add", [("ks", api.Ks), ("ignoreNull", "1")])).Content.ReadAsStringAsync();
        Assert.Null(XDocument.Parse(body).Root!.Element("result")!.Element("uploadedFileSize"));
    }

    // KalturaXmlSerializer::writeKalturaAPIExceptionArgsTag writes each argument as an item of objectType
    // KalturaApiExceptionArg (that spelling, unlike the exception's own KalturaAPIException).
    [Fact]
    public async Task XmlErrorsCarryArgsItems()
    {
        await using var api = await StartAsync();
        var body = await (await api.PostFormAsync("/api_v3/service/media/action/get", [("ks", api.Ks), ("entryId", "0_abc")])).Content.ReadAsStringAsync();
        var error = XDocument.Parse(body).Root!.Element("result")!.Element("error")!;
        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Element("code")!.Value);
        Assert.Equal("Entry id \"0_abc\" not found", error.Element("message")!.Value);
        Assert.Equal("KalturaAPIException", error.Element("objectType")!.Value);
        var arg = error.Element("args")!.Element("item")!;
        Assert.Equal("KalturaApiExceptionArg", arg.Element("objectType")!.Value);
        Assert.Equal("ENTRY_ID", arg.Element("name")!.Value);
        Assert.Equal("0_abc", arg.Element("value")!.Value);
    }

    // UploadToken::getAutoFinalize returns the stored PHP boolean: JSON true/false, XML 1/0
    // (KalturaXmlSerializer::serializeByType), false when it was never set.
    [Fact]
    public async Task AutoFinalizeIsABooleanInJsonAndOneOrZeroInXml()
    {
        await using var api = await StartAsync();
        var set = await api.CallAsync("uploadToken", "add", ("uploadToken:autoFinalize", "1"), ("uploadToken:fileSize", "10"));
        Assert.Equal(JsonValueKind.True, set.GetProperty("autoFinalize").ValueKind);
        var unset = await api.CallAsync("uploadToken", "add");
        Assert.Equal(JsonValueKind.False, unset.GetProperty("autoFinalize").ValueKind);

        var xml = await (await api.PostFormAsync("/api_v3/service/uploadToken/action/get", [("ks", api.Ks), ("uploadTokenId", set.GetProperty("id").GetString()!)])).Content.ReadAsStringAsync();
        Assert.Equal("1", XDocument.Parse(xml).Root!.Element("result")!.Element("autoFinalize")!.Value);
        xml = await (await api.PostFormAsync("/api_v3/service/uploadToken/action/get", [("ks", api.Ks), ("uploadTokenId", unset.GetProperty("id").GetString()!)])).Content.ReadAsStringAsync();
        Assert.Equal("0", XDocument.Parse(xml).Root!.Element("result")!.Element("autoFinalize")!.Value);
    }

    [Fact]
    public async Task XmlBooleansAreOneAndZero()
    {
        await using var api = await StartAsync();
        var body = await (await api.Http.GetAsync("/api_v3/service/system/action/ping")).Content.ReadAsStringAsync();
        Assert.Contains("<result>1</result>", body);
    }

    [Fact]
    public async Task PhpSerializeFormatIsSupported()
    {
        await using var api = await StartAsync();
        var body = await (await api.Http.GetAsync("/api_v3/service/system/action/ping?format=3")).Content.ReadAsStringAsync();
        Assert.Equal("b:1;", body);
    }

    [Fact]
    public async Task JsonpWrapsInTheCallback()
    {
        await using var api = await StartAsync();
        var body = await (await api.Http.GetAsync("/api_v3/service/system/action/ping?format=9&callback=cb")).Content.ReadAsStringAsync();
        Assert.Equal("cb(true);", body);
    }

    [Fact]
    public async Task UnknownFormatIsRejected()
    {
        await using var api = await StartAsync();
        var response = await api.Http.GetAsync("/api_v3/service/system/action/ping?format=7");
        Assert.Equal("error- UNKNOWN_RESPONSE_FORMAT", response.Headers.GetValues("X-Kaltura").Single());
        var error = AssertError(Parse(await response.Content.ReadAsStringAsync()), "UNKNOWN_RESPONSE_FORMAT");
        Assert.Equal("Response format provided [7] is not recognized by server", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DynamicEnumValuesThatAreNumbersAreJsonNumbers()
    {
        await using var api = await StartAsync();
        var entry = await api.CallAsync("media", "add", ("entry:mediaType", "1"));
        Assert.Equal(JsonValueKind.Number, entry.GetProperty("status").ValueKind);
        Assert.Equal(7, entry.GetProperty("status").GetInt32());
        Assert.Equal(1, entry.GetProperty("type").GetInt32());
    }
}
