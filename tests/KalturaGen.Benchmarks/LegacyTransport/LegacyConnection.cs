using System.Net.Http.Headers;
using System.Text.Json;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// The pre-Refit transport, <c>KalturaConnection</c> of commit 9fe97c4, kept as the baseline of
/// <see cref="Transport.TransportBenchmarks"/>: POST <c>{ServiceUrl}/api_v3/service/{service}/action/{action}</c>, the
/// whole answer buffered and parsed into a <see cref="JsonDocument"/>, an error object thrown as a
/// <see cref="KalturaApiException"/>, the result read from the document's root element. Only the path of a call with
/// a result is kept (void, file-result and multirequest sends are left out); what is kept is unchanged.
/// </summary>
public sealed class LegacyConnection
{
    private readonly HttpClient _httpClient;

    /// <summary>Creates a connection; <paramref name="apiVersion"/> is sent as <c>apiVersion</c> (empty: not sent).</summary>
    public LegacyConnection(HttpClient httpClient, KalturaClientOptions options, string apiVersion)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ServiceUrl);
        _httpClient = httpClient;
        Options = options;
        ApiVersion = apiVersion ?? string.Empty;
        Ks = options.Ks;
    }

    /// <summary>The options this connection was created with.</summary>
    public KalturaClientOptions Options { get; }

    /// <summary>The API version sent with each request.</summary>
    public string ApiVersion { get; }

    /// <summary>The Kaltura session sent with each request (null: none).</summary>
    public string? Ks { get; }

    /// <summary>Sends a request and reads its result.</summary>
    public async Task<TResult> SendAsync<TResult>(LegacyRequest<TResult> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = await PostAsync(request.Service, request.Action, LegacyRequestBody.Single(this, request), request.Files, cancellationToken)
            .ConfigureAwait(false);
        return request.ReadResult(document.RootElement);
    }

    private async Task<JsonDocument> PostAsync(
        string service,
        string action,
        ReadOnlyMemory<byte> json,
        IEnumerable<KeyValuePair<string, LegacyFile>> files,
        CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync($"/api_v3/service/{service}/action/{action}", json, files, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var document = Parse(body);
        if (LegacyErrorReader.TryRead(document.RootElement) is { } error)
        {
            document.Dispose();
            throw error;
        }

        return document;
    }

    private async Task<HttpResponseMessage> SendCoreAsync(
        string path,
        ReadOnlyMemory<byte> json,
        IEnumerable<KeyValuePair<string, LegacyFile>> files,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.ServiceUrl!.AbsoluteUri.TrimEnd('/') + path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = LegacyRequestBody.CreateContent(json, files);
        using var timeout = Options.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(Options.Timeout, Options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
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
                    $"Kaltura answered {path} with HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(text)}",
                    null,
                    response.StatusCode);
            }
        }

        return response;
    }

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
            throw new InvalidDataException($"Kaltura answered with a body that is not JSON: {Excerpt(text)}", exception);
        }
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
