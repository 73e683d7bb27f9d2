using System.Net;
using System.Text;

namespace KalturaGen.Client.Tests.TestSupport;

/// <summary>A request as the stub saw it: method, URL, content type and body, plus the parts of a multipart body.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? ContentType, string Body, IReadOnlyList<RecordedPart> Parts);

/// <summary>One part of a multipart body: its form name, file name, content type and bytes.</summary>
internal sealed record RecordedPart(string? Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>An HttpMessageHandler that records each request and answers from a queue of responses.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordedRequest Last => Requests[^1];

    /// <summary>Queues a 200 response with a JSON body.</summary>
    public StubHandler RespondJson(string json) => Respond(HttpStatusCode.OK, json, "application/json");

    /// <summary>Queues a response with this status, body and content type.</summary>
    public StubHandler Respond(HttpStatusCode status, string body, string contentType = "application/json") =>
        Respond((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) }));

    /// <summary>Queues a 200 response with a binary body.</summary>
    public StubHandler RespondBytes(byte[] body, string contentType)
    {
        return Respond((_, _) =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });
    }

    /// <summary>Queues a custom responder.</summary>
    public StubHandler Respond(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _responses.Enqueue(responder);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var parts = new List<RecordedPart>();
        if (request.Content is MultipartFormDataContent multipart)
        {
            foreach (var part in multipart)
            {
                var disposition = part.Headers.ContentDisposition;
                parts.Add(new RecordedPart(
                    disposition?.Name?.Trim('"'),
                    disposition?.FileName?.Trim('"'),
                    part.Headers.ContentType?.ToString(),
                    await part.ReadAsByteArrayAsync(cancellationToken)));
            }
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(), body, parts));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No response queued for {request.RequestUri}");
        }

        var response = await _responses.Dequeue()(request, cancellationToken);
        response.RequestMessage ??= request; // as real handlers do
        return response;
    }
}
