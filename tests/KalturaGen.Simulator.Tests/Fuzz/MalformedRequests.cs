using System.Net;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Tests.Fuzz;

/// <summary>One generated request: enough to build it again, in-process or against a standalone simulator.</summary>
/// <param name="Path">Path and query, relative to the service root.</param>
/// <param name="ContentType">The body's Content-Type header, verbatim; null without a body.</param>
/// <param name="Body">The body.</param>
public sealed record FuzzRequest(string Path, string? ContentType, byte[]? Body)
{
    /// <summary>A fresh message for this request.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Body is null ? HttpMethod.Get : HttpMethod.Post, Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }
}

/// <summary>
/// A seeded, repeatable generator of malformed requests: random keys and values, wrong types, huge numbers, bad
/// sessions, broken and hostile JSON (unpaired surrogates, numbers beyond the double range, deep nesting, too many
/// values), keys nested far past max_input_nesting_level (up to 40,000 levels), too many variables, multipart bodies
/// that are truncated, have no or a very long boundary, repeat fileData or carry too many files, JSONP callbacks and
/// content types meant to inject script or headers, and upload tokens with infinite sizes.
/// </summary>
internal sealed class MalformedRequests(ApiSchema schema, string ks, int seed)
{
    private static readonly string[] Values =
    [
        "", "0", "-1", "1", "true", "false", "null", "99999999999999999999999999", "-1e309", "1e309", "1e400", "NaN", "INF", "0x10", "3.5",
        "{1:result:id}", "{9:result}", "0_abc", "\u0000\u0001", "ünïcödé", new string('x', 5000), "[]", "{}", "a:b:c", "KalturaMediaEntry",
        "KalturaResource", "KalturaUploadedFileTokenResource", "-", "*", "%00", "../../etc/passwd", "<script>alert(1)</script>", "\r\nX-Injected: 1",
    ];

    private static readonly string[] Keys =
    [
        "service", "action", "ks", "format", "partnerId", "entryId", "uploadTokenId", "resume", "resumeAt", "finalChunk", "fileData",
        "entry:mediaType", "entry:objectType", "entry[name]", "entry[[x]", "filter:orderBy", "filter:statusIn", "pager:pageSize",
        "pager:pageIndex", "resource:objectType", "resource:token", "1:service", "1:action", "2:entryId", "0[service]", "x__null",
        "entry:tags:-", "a[b][c][d][e]", "cloneOptions:0:itemType", "json", "ignoreNull", "callback", "type", "secret", "expiry",
        "content-type", "uploadToken:fileSize", "uploadToken:autoFinalize",
    ];

    private static readonly string[] Callbacks = ["cb", "jQuery_1.cb2", "", "<script>alert(1)</script>", "a(b)", "x;alert(1)//", "%0d%0a"];

    private static readonly string[] ContentTypes = ["text/html", "text/plain", "image/svg+xml", "application/json", "text/plain%0d%0aX-Injected:%201", "application/xhtml+xml"];

    private readonly Random _random = new(seed);
    private readonly IReadOnlyList<ServiceDef> _services = schema.Services.ToList();

    /// <summary>The next <paramref name="count"/> requests.</summary>
    public IReadOnlyList<FuzzRequest> Take(int count) => Enumerable.Range(0, count).Select(_ => Next()).ToList();

    private FuzzRequest Next() => _random.Next(10) switch
    {
        < 5 => RandomForm(),
        5 => RandomJson(),
        6 => DeepOrWide(),
        7 => RandomMultipart(),
        8 => HostileSerializer(),
        _ => InfiniteSizes(),
    };

    private FuzzRequest RandomForm()
    {
        var service = _services[_random.Next(_services.Count)];
        var action = service.Actions.Values.ElementAt(_random.Next(service.Actions.Count));
        var fields = new List<(string, string)> { ("format", _random.Next(4) == 0 ? Pick(Values) : "1") };
        if (_random.Next(3) > 0)
        {
            fields.Add(("ks", _random.Next(4) == 0 ? Pick(Values) : ks));
        }

        foreach (var param in action.Params.Where(_ => _random.Next(2) == 0))
        {
            fields.Add((param.Name, Pick(Values)));
        }

        for (var k = _random.Next(4); k > 0; k--)
        {
            fields.Add((Pick(Keys), Pick(Values)));
        }

        var path = _random.Next(5) == 0 ? "/api_v3/index.php" : $"/api_v3/service/{service.Id}/action/{action.Name}";
        return Form(path, fields);
    }

    private FuzzRequest RandomJson()
    {
        var head = $"\"ks\":\"{ks}\",\"format\":1,\"service\":\"{Pick(["system", "uploadToken", "media", "multirequest"])}\",\"action\":\"{Pick(["ping", "add", "list", "get"])}\"";
        var json = _random.Next(8) switch
        {
            0 => "{" + head + ",\"x\":\"\\ud800\"}",
            1 => "{" + head + ",\"\\udc00key\":1}",
            2 => "{" + head + $",\"n\":{Pick(["1e309", "-1e309", "1e400", "123456789012345678901234567890", "-0", "1.5e-400"])}}}",
            3 => "{" + head + ",\"uploadToken\":{\"fileSize\":1e309,\"fileName\":\"a.mp4\"}}",
            4 => "{" + head + ",\"a\":" + new string('[', _random.Next(60, 2000)) + new string(']', _random.Next(0, 2000)) + "}",
            5 => "{" + head + ",\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", _random.Next(60, 600))) + "1" + new string('}', _random.Next(60, 602)),
            6 => "{" + head + ",\"v\":[" + string.Join(',', Enumerable.Repeat("1", _random.Next(9_990, 10_010))) + "]}",
            _ => "{" + head + ",\"1\":{\"service\":\"system\",\"action\":\"ping\"},\"2\":" + Pick(Values.Select(v => "\"" + v.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"").ToArray()) + "}",
        };
        return new FuzzRequest(_random.Next(2) == 0 ? "/api_v3/" : "/api_v3/service/system/action/ping", Pick(["application/json", "application/json; charset=utf-8"]), Encoding.UTF8.GetBytes(json));
    }

    private FuzzRequest DeepOrWide()
    {
        var levels = _random.Next(20) == 0 ? 40_000 : _random.Next(55, 3000);
        var fields = new List<(string, string)> { ("format", "1"), ("ks", ks) };
        switch (_random.Next(4))
        {
            case 0:
                fields.Add(("a" + string.Concat(Enumerable.Repeat("[a]", levels)), "x"));
                return Form("/api_v3/service/system/action/ping", fields);
            case 1:
                fields.Add((string.Join(':', Enumerable.Repeat("entry", levels)), "x"));
                return Form("/api_v3/service/media/action/add", fields);
            case 2:
                fields.AddRange([("1:service", "uploadToken"), ("1:action", "add"), ("2:service", "system"), ("2:action", "ping")]);
                fields.Add(("2" + string.Concat(Enumerable.Repeat("[b]", levels)), "x"));
                return Form("/api_v3/service/multirequest", fields);
            default:
                fields.AddRange(Enumerable.Range(0, _random.Next(990, 1100)).Select(i => ($"v{i}", "x")));
                return Form("/api_v3/service/system/action/ping", fields);
        }
    }

    private FuzzRequest RandomMultipart()
    {
        var boundary = _random.Next(3) == 0 ? new string('b', _random.Next(71, 40_000)) : "B" + _random.Next(1000);
        var body = new StringBuilder();
        void Field(string name, string value) => body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        void FilePart(string name, string fileName, int size) =>
            body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n{new string('d', size)}\r\n");

        Field("ks", ks);
        Field("format", "1");
        Field("uploadTokenId", "0_" + new string('0', 32));
        switch (_random.Next(5))
        {
            case 0:
                FilePart("fileData", "a.mp4", 100);
                FilePart("fileData", "b.mp4", 200);
                break;
            case 1:
                for (var i = 0; i < _random.Next(15, 30); i++)
                {
                    FilePart($"f{i}", $"f{i}.bin", 10);
                }

                break;
            case 2:
                FilePart("fileData", "cut.mp4", 300);
                body.Length -= _random.Next(1, 150); // ends inside the part
                return new FuzzRequest("/api_v3/service/uploadToken/action/upload", $"multipart/form-data; boundary={boundary}", Encoding.UTF8.GetBytes(body.ToString()));
            case 3:
                Field("json", Pick(["{not json", "{\"x\":\"\\ud800\"}", "{\"n\":1e309}", "[1,2]"]));
                break;
            default:
                FilePart("fileData[a][b]" + string.Concat(Enumerable.Repeat("[c]", _random.Next(60, 70))), "deep.bin", 10);
                break;
        }

        body.Append($"--{boundary}--\r\n");
        var contentType = _random.Next(6) == 0 ? "multipart/form-data" : $"multipart/form-data; boundary={boundary}";
        return new FuzzRequest("/api_v3/service/uploadToken/action/upload", contentType, Encoding.UTF8.GetBytes(body.ToString()));
    }

    private FuzzRequest HostileSerializer()
    {
        var query = new List<string> { "format=" + Pick(["9", "9", "1", "2", "3", "7", "%00%01", "1%0d%0aX-Injected:%201", "ünï"]) };
        if (_random.Next(4) > 0)
        {
            query.Add("callback=" + Uri.EscapeDataString(Pick(Callbacks)));
        }

        if (_random.Next(2) == 0)
        {
            query.Add("content-type=" + Pick(ContentTypes));
        }

        var path = $"/api_v3/service/{Pick(["system", "uploadToken", "multirequest"])}/action/{Pick(["ping", "list"])}?" + string.Join('&', query) + "&ks=" + ks;
        return _random.Next(2) == 0 ? new FuzzRequest(path, null, null) : Form(path, [("callback", Pick(Callbacks))]);
    }

    private FuzzRequest InfiniteSizes()
    {
        var size = Pick(["1e309", "-1e309", "1e308", "1.8e308", "NaN", "INF", "9223372036854775808", "-0"]);
        return _random.Next(2) == 0
            ? Form("/api_v3/service/uploadToken/action/add", [("format", "1"), ("ks", ks), ("uploadToken:fileSize", size), ("uploadToken:autoFinalize", Pick(["1", "0"]))])
            : Form("/api_v3/service/uploadToken/action/list", [("format", "1"), ("ks", ks), ("filter:fileSizeEqual", size), ("pager:pageSize", Pick(["0", "500", "-5"]))]);
    }

    private static FuzzRequest Form(string path, IEnumerable<(string Key, string Value)> fields)
    {
        var text = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        return new FuzzRequest(path, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(text));
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}

/// <summary>Assertions every fuzzed response must pass.</summary>
internal static class FuzzAssertions
{
    /// <summary>The internal error code (the server's misspelling).</summary>
    public const string InternalError = "INTERNAL_SERVERL_ERROR";

    private static readonly HashSet<string> RenderedAsPages = new(StringComparer.OrdinalIgnoreCase) { "text/html", "image/svg+xml", "application/xhtml+xml" };

    /// <summary>
    /// A sane answer to a malformed request: HTTP 200 (never 500), JSON that parses when it says it is JSON, no header
    /// the request planted, no content type a browser renders as a page, and nosniff. Kestrel's own header limits
    /// (431) answer before the simulator sees the request. Returns the body.
    /// </summary>
    public static async Task<string> AssertSaneAsync(HttpResponseMessage response)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.RequestHeaderFieldsTooLarge)
        {
            return "";
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType == "application/json" && !IsJson(body))
        {
            Assert.True(await ChoseContentTypeAsync(response.RequestMessage), "the JSON answer does not parse: " + body);
        }

        Assert.False(mediaType is not null && RenderedAsPages.Contains(mediaType), $"answered as {mediaType}");
        Assert.False(response.Headers.Contains("X-Injected") || response.Content.Headers.Contains("X-Injected"), "a planted header was sent");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        return body;
    }

    // A caller-chosen content-type may label any body as JSON.
    private static async Task<bool> ChoseContentTypeAsync(HttpRequestMessage? request) =>
        request?.RequestUri?.OriginalString.Contains("content-type=", StringComparison.Ordinal) == true
        || (request?.Content is ByteArrayContent content && (await content.ReadAsStringAsync()).Contains("content-type=", StringComparison.Ordinal));

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>How many internal errors a response body reports (one per failed result).</summary>
    public static int InternalErrors(string body)
    {
        var count = 0;
        for (var at = body.IndexOf(InternalError, StringComparison.Ordinal); at >= 0; at = body.IndexOf(InternalError, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether a journaled internal error is one the server also answers: an object parameter sent as a plain value
    /// (PHP fails with a type error).
    /// </summary>
    public static bool IsServerInternalError(ApiSchema schema, string service, string action, IReadOnlyDictionary<string, string> parameters) =>
        schema.FindService(service.ToLowerInvariant()) is { } found
        && found.Actions.TryGetValue(action.ToLowerInvariant(), out var definition)
        && definition.Params.Any(p => p.Type.Kind == TypeKind.Ref && schema.FindClass(p.Type.Name!) is not null && parameters.ContainsKey(p.Name));
}
