using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Fuzz;

/// <summary>
/// A seeded, bounded fuzz of malformed requests: random keys and values, wrong types, huge numbers,
/// bad sessions, broken JSON and truncated multipart bodies. The simulator never answers HTTP 500,
/// and every format=1 answer is JSON.
/// </summary>
public sealed class MalformedRequestTests
{
    private static readonly string[] Values =
    [
        "", "0", "-1", "1", "true", "false", "null", "99999999999999999999999999", "-1e309", "1e309", "NaN", "0x10", "3.5",
        "{1:result:id}", "{9:result}", "0_abc", "\u0000\u0001", "ünïcödé", new string('x', 5000), "[]", "{}", "a:b:c", "KalturaMediaEntry",
        "KalturaResource", "KalturaUploadedFileTokenResource", "-", "*", "%00", "../../etc/passwd",
    ];

    private static readonly string[] Keys =
    [
        "service", "action", "ks", "format", "partnerId", "entryId", "uploadTokenId", "resume", "resumeAt", "finalChunk", "fileData",
        "entry:mediaType", "entry:objectType", "entry[name]", "entry[[x]", "filter:orderBy", "filter:statusIn", "pager:pageSize",
        "pager:pageIndex", "resource:objectType", "resource:token", "1:service", "1:action", "2:entryId", "0[service]", "x__null",
        "entry:tags:-", "a[b][c][d][e]", "cloneOptions:0:itemType", "json", "ignoreNull", "callback", "type", "secret", "expiry",
    ];

    [Fact]
    public async Task RandomRequestsNeverFailWithHttp500()
    {
        await using var api = await StartAsync();
        var services = api.Simulator.Runtime.Schema.Services.ToList();
        var random = new Random(20240601);
        for (var i = 0; i < 400; i++)
        {
            var service = services[random.Next(services.Count)];
            var action = service.Actions.Values.ElementAt(random.Next(service.Actions.Count));
            var fields = new List<(string, string)> { ("format", random.Next(4) == 0 ? Pick(random, Values) : "1") };
            if (random.Next(3) > 0)
            {
                fields.Add(("ks", random.Next(4) == 0 ? Pick(random, Values) : api.Ks));
            }

            foreach (var param in action.Params.Where(_ => random.Next(2) == 0))
            {
                fields.Add((param.Name, Pick(random, Values)));
            }

            for (var k = random.Next(4); k > 0; k--)
            {
                fields.Add((Pick(random, Keys), Pick(random, Values)));
            }

            var path = random.Next(5) == 0 ? "/api_v3/index.php" : $"/api_v3/service/{service.Id}/action/{action.Name}";
            var response = await api.PostFormAsync(path, fields);
            await AssertSaneAsync(response, fields.FirstOrDefault(f => f.Item1 == "format").Item2);
        }

        // Internal errors are only the ones the server also has: an object parameter sent as a plain value.
        var schema = api.Simulator.Runtime.Schema;
        foreach (var failure in api.Simulator.Admin.Journal.Entries.Where(e => e.ErrorCode == "INTERNAL_SERVERL_ERROR"))
        {
            var action = schema.FindService(failure.Service)!.Actions[failure.Action];
            Assert.Contains(action.Params, p => p.Type.Kind == Simulator.Schema.TypeKind.Ref && schema.FindClass(p.Type.Name!) is not null && failure.Parameters.ContainsKey(p.Name));
        }
    }

    [Fact]
    public async Task MalformedBodiesNeverFailWithHttp500()
    {
        await using var api = await StartAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        var random = new Random(7);
        var bodies = new List<(string ContentType, byte[] Body)>
        {
            ("application/json", "{\"ks\":"u8.ToArray()),
            ("application/json", "{\"entry\":[1,2,{\"objectType\":5}],\"format\":1}"u8.ToArray()),
            ("application/json", Encoding.UTF8.GetBytes("{" + string.Concat(Enumerable.Repeat("\"a\":{", 300)) + "}")),
            ("application/json", "{\"1\":\"scalar\",\"2\":{\"service\":[],\"action\":{}},\"format\":1}"u8.ToArray()),
            ("application/x-www-form-urlencoded", "a=%ZZ&b&=c&&entry[=1&format=1"u8.ToArray()),
            ("multipart/form-data", "garbage without boundary"u8.ToArray()),
            ("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"a.mp4\"\r\n\r\nhalf a fi"u8.ToArray()),
            ("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XyZ--\r\n"u8.ToArray()),
            ("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n{not json\r\n--XyZ--\r\n"u8.ToArray()),
            ("text/plain", TestData.Bytes(1000, 3)),
            ("application/octet-stream", TestData.Bytes(5000, 4)),
        };
        for (var i = 0; i < 30; i++)
        {
            var noise = TestData.Bytes(random.Next(1, 300), i);
            bodies.Add(("multipart/form-data; boundary=B" + i, [.. Encoding.ASCII.GetBytes($"--B{i}\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"x\"\r\n\r\n"), .. noise]));
        }

        foreach (var (contentType, body) in bodies)
        {
            foreach (var path in new[] { "/api_v3/service/uploadToken/action/upload?format=1&ks=" + api.Ks + "&uploadTokenId=" + token, "/api_v3/service/multirequest?format=1", "/api_v3/?format=1" })
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                await AssertSaneAsync(await api.Http.PostAsync(path, content), "1");
            }
        }
    }

    [Fact]
    public async Task TruncatedUploadIsAnUploadErrorAndLosesNothing()
    {
        await using var api = await StartAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.UploadAsync(token, TestData.Bytes(100, 1), "a.mp4", finalChunk: false);
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"--XyZ\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"a.mp4\"\r\n\r\npartial data"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XyZ");
        var response = await api.Http.PostAsync($"/api_v3/service/uploadToken/action/upload?format=1&ks={api.Ks}&uploadTokenId={token}&resume=1&resumeAt=100", content);
        AssertError(Parse(await response.Content.ReadAsStringAsync()), "UPLOAD_ERROR");
        Assert.Equal(100, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("uploadedFileSize").GetInt64());
    }

    private static async Task AssertSaneAsync(HttpResponseMessage response, string? format)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (format == "1" && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            using var _ = JsonDocument.Parse(body);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
