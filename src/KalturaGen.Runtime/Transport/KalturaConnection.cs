using System.Net.Http.Headers;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Sends Kaltura requests over an <see cref="HttpClient"/>: POST <c>{ServiceUrl}/api_v3/service/{service}/action/{action}</c>,
/// then turns the answer into a result, a <see cref="KalturaApiException"/> (an error object, normally with HTTP
/// 200), an <see cref="HttpRequestException"/> (a non-success status) or a <see cref="TimeoutException"/>.
/// </summary>
public sealed class KalturaConnection
{
    private readonly HttpClient _httpClient;
    private volatile string? _ks;

    /// <summary>Creates a connection; <paramref name="apiVersion"/> is sent as <c>apiVersion</c> (empty: not sent).</summary>
    public KalturaConnection(HttpClient httpClient, KalturaClientOptions options, string apiVersion)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ServiceUrl);
        _httpClient = httpClient;
        Options = options;
        ApiVersion = apiVersion ?? string.Empty;
        _ks = options.Ks;
    }

    /// <summary>The options this connection was created with.</summary>
    public KalturaClientOptions Options { get; }

    /// <summary>The API version sent with each request.</summary>
    public string ApiVersion { get; }

    /// <summary>The Kaltura session sent with each request (null: none).</summary>
    public string? Ks
    {
        get => _ks;
        set => _ks = value;
    }

    /// <summary>Sends a request whose result is ignored (a void action).</summary>
    public async Task SendAsync(KalturaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var _ = await PostAsync(request.Service, request.Action, KalturaRequestBody.Single(this, request), request.Files, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Sends a request and reads its result.</summary>
    public async Task<TResult> SendAsync<TResult>(KalturaRequest<TResult> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = await PostAsync(request.Service, request.Action, KalturaRequestBody.Single(this, request), request.Files, cancellationToken)
            .ConfigureAwait(false);
        return request.ReadResult(document.RootElement);
    }

    /// <summary>Sends a request whose result is a file; the caller disposes the returned stream.</summary>
    public async Task<Stream> SendForStreamAsync(KalturaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendCoreAsync(
            PathOf(request.Service, request.Action),
            KalturaRequestBody.Single(this, request),
            request.Files,
            HttpCompletionOption.ResponseHeadersRead,
            cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }

        // A JSON answer to a file action is an error object (or, rarely, JSON file content: handed back as is).
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var document = Parse(body);
            return KalturaErrorReader.TryRead(document.RootElement) is { } error ? throw error : new MemoryStream(body, writable: false);
        }
    }

    /// <summary>Posts a multirequest and returns the parsed answer (a JSON array, one item per call).</summary>
    internal Task<JsonDocument> PostMultiRequestAsync(IReadOnlyList<KalturaRequest> requests, CancellationToken cancellationToken)
    {
        var files = requests.SelectMany((request, i) => request.Files.Select(f => new KeyValuePair<string, KalturaFile>($"{i + 1}:{f.Key}", f.Value)));
        return PostAsync("multirequest", null, KalturaRequestBody.Multi(this, requests), files, cancellationToken);
    }

    private async Task<JsonDocument> PostAsync(
        string service,
        string? action,
        ReadOnlyMemory<byte> json,
        IEnumerable<KeyValuePair<string, KalturaFile>> files,
        CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(PathOf(service, action), json, files, HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var document = Parse(body);
        if (KalturaErrorReader.TryRead(document.RootElement) is { } error)
        {
            document.Dispose();
            throw error;
        }

        return document;
    }

    private async Task<HttpResponseMessage> SendCoreAsync(
        string path,
        ReadOnlyMemory<byte> json,
        IEnumerable<KeyValuePair<string, KalturaFile>> files,
        HttpCompletionOption completion,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.ServiceUrl.AbsoluteUri.TrimEnd('/') + path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = KalturaRequestBody.CreateContent(json, files);
        using var timeout = Options.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(Options.Timeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, completion, linked.Token).ConfigureAwait(false);
            if (completion == HttpCompletionOption.ResponseContentRead)
            {
                await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Kaltura did not answer {path} within {Options.Timeout}.", exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new HttpRequestException(
                    $"Kaltura answered {path} with HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {KalturaJsonReader.Excerpt(text)}",
                    null,
                    response.StatusCode);
            }
        }

        return response;
    }

    private static string PathOf(string service, string? action) =>
        action is null ? $"/api_v3/service/{service}" : $"/api_v3/service/{service}/action/{action}";

    /// <summary>Parses a response body; an empty body (a void action) reads as JSON null.</summary>
    private static JsonDocument Parse(byte[] body)
    {
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return JsonDocument.Parse("null");
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            throw new InvalidDataException($"Kaltura answered with a body that is not JSON: {KalturaJsonReader.Excerpt(text)}", exception);
        }
    }
}
