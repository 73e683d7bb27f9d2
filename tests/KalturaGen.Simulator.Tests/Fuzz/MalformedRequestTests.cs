using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Fuzz;

/// <summary>
/// A seeded, bounded fuzz of malformed requests (<see cref="MalformedRequests"/>): the simulator never answers HTTP 500
/// nor an internal error the server would not give, every JSON answer parses, and nothing invalid is stored.
/// </summary>
public sealed class MalformedRequestTests
{
    [Fact]
    public async Task MalformedRequestsNeverFailWithHttp500OrAnInternalError()
    {
        await using var api = await StartAsync();
        var schema = api.Simulator.Runtime.Schema;
        var internalErrors = 0;
        foreach (var request in new MalformedRequests(schema, api.Ks, 20240601).Take(600))
        {
            using var response = await api.Http.SendAsync(request.ToMessage());
            internalErrors += FuzzAssertions.InternalErrors(await FuzzAssertions.AssertSaneAsync(response));
        }

        // Internal errors are only the ones the server also has (an object parameter sent as a plain value), and each
        // one answered was journaled by the dispatcher (none escaped to the catch-all).
        var journal = api.Simulator.Admin.Journal.Entries;
        Assert.Equal(1, journal[0].Sequence);
        var journaled = journal.Where(e => e.ErrorCode == FuzzAssertions.InternalError).ToList();
        Assert.All(journaled, e => Assert.True(FuzzAssertions.IsServerInternalError(schema, e.Service, e.Action, e.Parameters), $"{e.Service}.{e.Action}"));
        Assert.InRange(internalErrors, 0, journaled.Count);

        // Nothing invalid was stored: every listing and snapshot still serializes, and no request left a file behind.
        // (A fresh KS: the fuzz may have ended the session it used.)
        AssertObject(await api.CallAsAsync(api.CreateKs(), "uploadToken", "list", ("pager:pageSize", "0")), "KalturaUploadTokenListResponse");
        using var admin = api.Simulator.CreateAdminHttpClient();
        (await admin.GetAsync("/__kalturagen/tokens")).EnsureSuccessStatusCode();
        (await admin.GetAsync("/__kalturagen/journal")).EnsureSuccessStatusCode();
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
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
                await FuzzAssertions.AssertSaneAsync(await api.Http.PostAsync(path, content));
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
}
