using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>A request as a <see cref="RecordingHandler"/> saw it, with the request options Refit put on it.</summary>
internal sealed record SeenRequest(
    Uri Uri,
    string? ContentType,
    long? ContentLength,
    string Body,
    string? MethodName,
    string? RelativePathTemplate,
    Type? InterfaceType);

/// <summary>A DelegatingHandler that records every request passing through it (JSON bodies included) and sends it on.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    public RecordingHandler()
    {
    }

    public RecordingHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public List<SeenRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content;

        // The length as it will be sent, read before anything buffers the content; file uploads are not read.
        var length = content?.Headers.ContentLength;
        var body = content?.Headers.ContentType?.MediaType == "application/json" ? await content.ReadAsStringAsync(cancellationToken) : string.Empty;
        request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.MethodName), out var methodName);
        request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.RelativePathTemplate), out var template);
        request.Options.TryGetValue(new HttpRequestOptionsKey<Type>(HttpRequestMessageOptions.InterfaceType), out var interfaceType);
        lock (Requests)
        {
            Requests.Add(new SeenRequest(
                request.RequestUri!,
                content?.Headers.ContentType?.ToString(),
                length,
                body,
                methodName,
                template,
                interfaceType));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
