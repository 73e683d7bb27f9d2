using System.Net;
using Xunit.Abstractions;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Tests.Fuzz;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Abuse;

/// <summary>Runs its tests alone: they measure a child process and need the machine's cores.</summary>
[CollectionDefinition(nameof(StandaloneProcess), DisableParallelization = true)]
public sealed class StandaloneProcess;

/// <summary>
/// The standalone simulator, as a child process on a loopback port, under abuse: thousands of malformed requests,
/// keys tens of thousands of levels deep, 80 parameters of 10 MB, a 300 MiB form body and bodies sent too slowly.
/// It never answers HTTP 500 nor an internal error the server would not give, it closes the slow connections, it
/// keeps no temporary file, and its resident memory stays under 512 MB.
/// </summary>
[Collection(nameof(StandaloneProcess))]
public sealed class StandaloneAbuseTests(ITestOutputHelper output)
{
    private const long MemoryBudget = 512L * 1024 * 1024;
    private const int FuzzRequests = 2000;
    private static readonly ApiSchema Schema = SchemaLoader.LoadEmbedded();

    [Fact]
    public async Task TheStandaloneSimulatorSurvivesAbuseWithinItsMemoryBudget()
    {
        await using var simulator = await StandaloneSimulator.StartAsync();
        using var http = simulator.CreateHttpClient();
        var ks = (await http.GetFromJsonElementAsync("/__kalturagen/ks?partnerId=100&expiry=86400")).GetProperty("ks").GetString()!;

        var slow = Enumerable.Range(0, 6).Select(i => SlowBodyAsync(simulator.BaseAddress, multipart: i % 2 == 1)).ToList();
        var internalErrors = await FuzzAsync(http, ks);
        internalErrors += await BigRequestsAsync(http, ks);
        foreach (var answer in await Task.WhenAll(slow))
        {
            output.WriteLine($"slow body answered: '{answer}'");
            Assert.False(answer.StartsWith("HTTP/1.1 500", StringComparison.Ordinal), answer);
        }

        var journal = (await http.GetFromJsonElementAsync("/__kalturagen/journal")).EnumerateArray().ToList();
        Assert.Equal(1, journal[0].GetProperty("sequence").GetInt64());
        var journaled = journal.Where(e => e.GetProperty("errorCode").ValueKind == JsonValueKind.String
            && e.GetProperty("errorCode").GetString() == FuzzAssertions.InternalError).ToList();
        Assert.All(journaled, e => Assert.True(FuzzAssertions.IsServerInternalError(Schema, e.GetProperty("service").GetString()!, e.GetProperty("action").GetString()!,
            e.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)), e.ToString()));
        Assert.InRange(internalErrors, 0, journaled.Count);
        Assert.DoesNotContain(simulator.Output, line => line.Contains("Unexpected failure", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(simulator.Storage, "incoming")));

        var (peak, current) = simulator.ResidentMemory();
        output.WriteLine($"resident memory: peak {peak / (1024 * 1024)} MB, now {current / (1024 * 1024)} MB; {journal.Count} calls journaled, {internalErrors} internal errors");
        Assert.True(peak < MemoryBudget, $"the simulator peaked at {peak / (1024 * 1024)} MB resident (now {current / (1024 * 1024)} MB)");
    }

    // The seeded malformed requests, two at a time; returns the internal errors answered.
    private static async Task<int> FuzzAsync(HttpClient http, string ks)
    {
        var requests = new MalformedRequests(Schema, ks, 424242).Take(FuzzRequests);
        var internalErrors = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (request, cancellationToken) =>
        {
            using var response = await http.SendAsync(request.ToMessage(), cancellationToken);
            Interlocked.Add(ref internalErrors, FuzzAssertions.InternalErrors(await FuzzAssertions.AssertSaneAsync(response)));
        });
        return internalErrors;
    }

    // Keys 40,000 levels deep (plain and in a multirequest), a multirequest value of a million reference openings,
    // 80 parameters of 10 MB, and a 300 MiB form body.
    private static async Task<int> BigRequestsAsync(HttpClient http, string ks)
    {
        var deep = await PostFormAsync(http, "/api_v3/service/system/action/ping", $"format=1&a{Repeat("[a]", 40_000)}=x");
        AssertError(Parse(deep), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
        var multi = await PostFormAsync(http, "/api_v3/service/multirequest", $"format=1&ks={ks}&1:service=system&1:action=ping&2{Repeat("[b]", 20_000)}=x");
        AssertError(Parse(multi), "MAX_INPUT_NESTING_LEVEL_EXCEEDED");
        // A value of a million reference openings and no closing brace (linear to scan, quadratic to backtrack).
        var references = await PostFormAsync(http, "/api_v3/service/multirequest",
            $"format=1&1:service=system&1:action=ping&2:service=system&2:action=ping&2:x={Repeat("%7B1:result", 1_000_000)}");
        Assert.Equal("[true,true]", references);

        var big = Encoding.ASCII.GetBytes("format=1&p=" + new string('v', 10 * 1024 * 1024));
        await Parallel.ForEachAsync(Enumerable.Range(0, 80), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (_, cancellationToken) =>
        {
            var content = new ByteArrayContent(big);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            using var response = await http.PostAsync("/api_v3/service/system/action/ping", content, cancellationToken);
            Assert.Equal("true", await FuzzAssertions.AssertSaneAsync(response));
        });

        var huge = new HttpRequestMessage(HttpMethod.Post, "/api_v3/service/system/action/ping?format=1") { Content = new StreamContent(new ZeroStream(300L * 1024 * 1024)) };
        huge.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        huge.Content.Headers.ContentLength = 300L * 1024 * 1024;
        huge.Headers.ExpectContinue = true;
        using var refused = await http.SendAsync(huge);
        AssertError(Parse(await FuzzAssertions.AssertSaneAsync(refused)), "POST_MAX_SIZE_EXCEEDED");
        return FuzzAssertions.InternalErrors(deep) + FuzzAssertions.InternalErrors(multi);
    }

    // A body sent a byte at a time, ten bytes a second: the server must drop the connection (Kestrel's minimum data
    // rate), answering at most 408. Returns the status line, or "" when the connection was closed without one.
    private static async Task<string> SlowBodyAsync(Uri baseAddress, bool multipart)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        var contentType = multipart ? "multipart/form-data; boundary=S" : "application/x-www-form-urlencoded";
        var head = $"POST /api_v3/service/uploadToken/action/upload HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: 100000\r\n\r\n"
            + (multipart ? "--S\r\nContent-Disposition: form-data; name=\"fileData\"; filename=\"slow.mp4\"\r\n\r\n" : "format=1&x=");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var buffer = new byte[4096];
        var answer = stream.ReadAsync(buffer).AsTask();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        while (!answer.IsCompleted)
        {
            try
            {
                await stream.WriteAsync("y"u8.ToArray(), guard.Token);
                await Task.WhenAny(answer, Task.Delay(100, guard.Token));
            }
            catch (IOException)
            {
                break; // the server closed the connection
            }
        }

        try
        {
            var read = await answer.WaitAsync(guard.Token);
            var text = Encoding.ASCII.GetString(buffer, 0, read);
            return text.Length > 0 ? text[..text.IndexOf('\r', StringComparison.Ordinal)] : "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static async Task<string> PostFormAsync(HttpClient http, string path, string body)
    {
        var content = new StringContent(body, Encoding.ASCII);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var response = await http.PostAsync(path, content);
        return await FuzzAssertions.AssertSaneAsync(response);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>A readable stream of zero bytes of a given length (a huge body without the memory).</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>JSON helpers for the standalone simulator's admin API.</summary>
internal static class StandaloneHttp
{
    public static async Task<JsonElement> GetFromJsonElementAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }
}
