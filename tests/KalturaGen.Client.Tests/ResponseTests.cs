using System.Net;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace KalturaGen.Client.Tests;

/// <summary>How answers become results or exceptions: Kaltura errors, HTTP failures, void, files and timeouts.</summary>
public class ResponseTests
{
    private const string EntryNotFound = """{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_x\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_x"}}""";

    [Fact]
    public async Task ErrorObjectWithHttp200ThrowsKalturaApiException()
    {
        var handler = new StubHandler().RespondJson(EntryNotFound);
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Media.GetAsync("0_x"));

        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Equal("Entry id \"0_x\" not found", error.Message);
        Assert.Equal("0_x", Assert.Single(error.Args, a => a.Key == "ENTRY_ID").Value);
        Assert.Equal(EntryNotFound, error.RawResponse);
    }

    [Fact]
    public async Task TextThatIsNotValidInAResponseIsSkippedNotThrown()
    {
        // A lone surrogate escape: System.Text.Json refuses to make a string of it, in a value, a name or a map key.
        var handler = new StubHandler().RespondJson("""
            {"id":"\ud800","fileName":"a.mp4","\udc00x":1,"status":2,"objectType":"KalturaUploadToken"}
            """);
        var client = TestClient.Create(handler);

        var token = await client.UploadToken.GetAsync("1_x");

        Assert.Null(token.Id);
        Assert.Equal("a.mp4", token.FileName);
        Assert.Equal(KalturaGen.Client.Enums.UploadTokenStatus.FULL_UPLOAD, token.Status);
    }

    [Fact]
    public async Task ErrorWithoutArgumentsHasEmptyArgs()
    {
        var handler = new StubHandler().RespondJson("""{"code":"UPLOAD_TOKEN_NOT_FOUND","message":"Upload token not found","objectType":"KalturaAPIException","args":[]}""");
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.UploadToken.GetAsync("1_x"));

        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", error.Code);
        Assert.Empty(error.Args);
    }

    [Fact]
    public async Task VoidActionCompletesOnNullOrEmptyAnswer()
    {
        var handler = new StubHandler().RespondJson("null").RespondJson(string.Empty);
        var client = TestClient.Create(handler);

        await client.UploadToken.DeleteAsync("1_tok");
        await client.UploadToken.DeleteAsync("1_tok");

        Assert.Equal("http://kaltura.test/api_v3/service/uploadtoken/action/delete", handler.Last.Uri.ToString());
        Assert.EndsWith("\"uploadTokenId\":\"1_tok\"}", handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoidActionStillThrowsKalturaErrors()
    {
        var handler = new StubHandler().RespondJson("""{"code":"UPLOAD_TOKEN_NOT_FOUND","message":"Upload token not found","objectType":"KalturaAPIException"}""");
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.UploadToken.DeleteAsync("1_tok"));
        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task FileResultIsTheResponseStream()
    {
        var content = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        var handler = new StubHandler().RespondBytes(content, "application/octet-stream");
        var client = TestClient.Create(handler);

        await using var stream = await client.Data.ServeAsync("0_data");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal("http://kaltura.test/api_v3/service/data/action/serve", handler.Last.Uri.ToString());
    }

    [Fact]
    public async Task FileActionAnsweredWithAnErrorObjectThrows()
    {
        var handler = new StubHandler().RespondJson(EntryNotFound);
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Data.ServeAsync("0_x"));
        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task FileActionRefusedWithTheServersDieHeadersThrows()
    {
        // kRendererDieError: HTTP 200, no body, the error only in X-Kaltura / X-Kaltura-App.
        var handler = new StubHandler().Respond((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
            response.Headers.Add("X-Kaltura", "error- ENTRY_ID_NOT_FOUND");
            response.Headers.Add("X-Kaltura-App", "exiting on error ENTRY_ID_NOT_FOUND - Entry id \"0_x\" not found");
            return Task.FromResult(response);
        });
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Data.ServeAsync("0_x"));

        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Equal("Entry id \"0_x\" not found", error.Message);
    }

    [Fact]
    public async Task NonSuccessStatusThrowsRefitApiExceptionWithTheStatusAndBody()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.ServiceUnavailable, "maintenance", "text/plain");
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<global::Refit.ApiException>(() => client.System.PingAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("maintenance", error.Content);
        Assert.Equal("/api_v3/service/system/action/ping", error.RequestMessage.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task BodyThatIsNotJsonThrowsInvalidDataException()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.OK, "<html>proxy error</html>", "text/html");
        var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => client.System.PingAsync());
        Assert.Contains("<html>proxy error</html>", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> MalformedBodies =>
    [
        "{\"id\":\"1_x\"", "{\"id\":\"1_x\"} trailing", new string('[', 5000) + new string(']', 5000),
        "{\"a\":" + new string('[', 500) + new string(']', 500) + "}", "[]", "\"text\"", "123", "true",
    ];

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task TruncatedTooDeepOrMisshapenBodiesThrowInvalidDataExceptionWithTheBody(string body)
    {
        foreach (var call in new Func<KalturaClient, Task>[] { c => c.UploadToken.GetAsync("1_x"), c => c.Media.ListAsync() })
        {
            var client = TestClient.Create(new StubHandler().RespondJson(body));

            var error = await Assert.ThrowsAsync<InvalidDataException>(() => call(client));

            Assert.Contains(body[..Math.Min(20, body.Length)], error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SlowAnswerTimesOutOnTheOptionsClock()
    {
        var clock = new FakeTimeProvider();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new StubHandler().Respond(async (_, ct) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });
        var client = TestClient.Create(handler, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(30);
            o.TimeProvider = clock;
        });

        var call = client.System.PingAsync();
        await arrived.Task;
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task CallerCancellationIsNotReportedAsTimeout()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new StubHandler().Respond(async (_, ct) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        });
        var client = TestClient.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.System.PingAsync(cancellation.Token));
    }
}
