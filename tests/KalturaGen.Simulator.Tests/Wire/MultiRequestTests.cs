using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Wire;

/// <summary>Multirequest (reference §1.7).</summary>
public sealed class MultiRequestTests
{
    [Fact]
    public async Task FlatIndexedKeysWithReferences()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("ks", api.Ks), ("format", "1"),
            ("1:service", "media"), ("1:action", "add"), ("1:entry:mediaType", "1"), ("1:entry:name", "first"),
            ("2:service", "media"), ("2:action", "get"), ("2:entryId", "{1:result:id}"),
            ("3:service", "baseEntry"), ("3:action", "update"), ("3:entryId", "{1:result:id}"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, results.GetArrayLength());
        var id = results[0].GetProperty("id").GetString();
        Assert.Equal(id, results[1].GetProperty("id").GetString());
        AssertError(results[2], "ACTION_DOES_NOT_EXISTS");
    }

    [Fact]
    public async Task BracketIndexedKeysWork()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest/action/null", [
            ("ks", api.Ks), ("format", "1"),
            ("1[service]", "system"), ("1[action]", "ping"),
            ("2[service]", "uploadToken"), ("2[action]", "add"), ("2[uploadToken][fileName]", "b.mp4"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());
        Assert.True(results[0].GetBoolean());
        Assert.Equal("b.mp4", results[1].GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task JsonNumericKeysZeroBasedLikeTheNodeClient()
    {
        await using var api = await StartAsync();
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["ks"] = api.Ks,
            ["format"] = 1,
            ["0"] = new { service = "uploadToken", action = "add", format = 1, uploadToken = new { objectType = "KalturaUploadToken", fileName = "n.mp4" } },
            ["1"] = new { service = "media", action = "add", entry = new { objectType = "KalturaMediaEntry", mediaType = 1, name = "{1:result:fileName}" } },
            ["2"] = new { service = "media", action = "addContent", entryId = "{2:result:id}", resource = new { objectType = "KalturaUploadedFileTokenResource", token = "{1:result:id}" } },
        });
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var results = Parse(await (await api.Http.PostAsync("/api_v3/service/multirequest", content)).Content.ReadAsStringAsync());
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("n.mp4", results[1].GetProperty("name").GetString());
        Assert.Equal(0, results[2].GetProperty("status").GetInt32());
        var tokenId = results[0].GetProperty("id").GetString()!;
        Assert.Equal("flavorAsset", (await api.CallAsync("uploadToken", "get", ("uploadTokenId", tokenId))).GetProperty("attachedObjectType").GetString());
    }

    [Fact]
    public async Task AFailingSubRequestDoesNotStopTheBatchAndItsReferencesBecomeEmpty()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("ks", api.Ks), ("format", "1"),
            ("1:service", "media"), ("1:action", "get"), ("1:entryId", "0_missing"),
            ("2:service", "media"), ("2:action", "get"), ("2:entryId", "{1:result:id}"),
            ("3:service", "system"), ("3:action", "ping"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());
        AssertError(results[0], "ENTRY_ID_NOT_FOUND");
        Assert.Equal("Entry id \"\" not found", AssertError(results[1], "ENTRY_ID_NOT_FOUND").GetProperty("message").GetString());
        Assert.True(results[2].GetBoolean());
    }

    [Fact]
    public async Task AGapEndsTheBatch()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("format", "1"), ("1:service", "system"), ("1:action", "ping"), ("3:service", "system"), ("3:action", "ping"),
        ]);
        Assert.Equal("[true]", await response.Content.ReadAsStringAsync());
    }


    [Fact]
    public async Task IndicesThatStartAfterOneRunNothing()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("format", "1"), ("5:service", "system"), ("5:action", "ping"), ("6:service", "system"), ("6:action", "ping"),
        ]);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SubRequestFormatIsRemovedAndTheTopLevelFormatDecides()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("format", "1"), ("1:service", "system"), ("1:action", "ping"), ("1:format", "7"),
            ("2:service", "system"), ("2:action", "ping"), ("2:format", "2"),
        ]);
        Assert.Equal("[true,true]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EmptyBatchIsAnEmptyArray()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [("format", "1")]);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ArrayIndicesAllAndTextualSubstitution()
    {
        await using var api = await StartAsync();
        var a = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "a.mp4"))).GetProperty("id").GetString()!;
        var b = (await api.CallAsync("uploadToken", "add", ("uploadToken:fileName", "b.mp4"))).GetProperty("id").GetString()!;
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("ks", api.Ks), ("format", "1"),
            ("1:service", "uploadToken"), ("1:action", "list"), ("1:filter:orderBy", "+createdAt"),
            ("2:service", "uploadToken"), ("2:action", "get"), ("2:uploadTokenId", "{1:result:objects:1:id}"),
            ("3:service", "uploadToken"), ("3:action", "list"), ("3:filter:idIn", "{1:result:objects:_all:id}"),
            ("4:service", "uploadToken"), ("4:action", "add"), ("4:uploadToken:fileName", "copy-of-{2:result:fileName}"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(b, results[1].GetProperty("id").GetString());
        Assert.Equal(2, results[2].GetProperty("totalCount").GetInt32());
        Assert.Equal("copy-of-b.mp4", results[3].GetProperty("fileName").GetString());
        Assert.NotNull(a);
    }

    [Fact]
    public async Task SubRequestsMayCarryTheirOwnKsAndPartnerIsCopied()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("ks", "bad-common-ks"), ("format", "1"),
            ("1:service", "uploadToken"), ("1:action", "list"), ("1:ks", api.Ks),
            ("2:service", "uploadToken"), ("2:action", "list"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());
        AssertObject(results[0], "KalturaUploadTokenListResponse");
        AssertError(results[1], "INVALID_KS");
    }

    [Fact]
    public async Task MultiRequestInXmlWrapsItems()
    {
        await using var api = await StartAsync();
        var body = await (await api.PostFormAsync("/api_v3/service/multirequest", [("1:service", "system"), ("1:action", "ping"), ("2:service", "system"), ("2:action", "nope")])).Content.ReadAsStringAsync();
        var items = XDocument.Parse(body).Root!.Element("result")!.Elements("item").ToList();
        Assert.Equal("1", items[0].Value);
        Assert.Equal("ACTION_DOES_NOT_EXISTS", items[1].Element("error")!.Element("code")!.Value);
    }

    [Fact]
    public async Task MultipartFilesAreAddressedByIndex()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" },
            { new StringContent("uploadToken"), "1:service" }, { new StringContent("upload"), "1:action" }, { new StringContent(id), "1:uploadTokenId" },
            { new ByteArrayContent(TestData.Bytes(50)), "1:fileData", "part.mp4" },
        };
        var results = Parse(await (await api.Http.PostAsync("/api_v3/service/multirequest", content)).Content.ReadAsStringAsync());
        Assert.Equal(50, results[0].GetProperty("uploadedFileSize").GetInt64());
    }
}
