using System.ComponentModel;
using System.IO.Compression;
using System.Text.Json;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// How generated Refit implementations send: each method is one call here, and this is the only class that calls
/// Refit's <see cref="GeneratedRequestRunner"/>, building the request exactly as Refit's own generated stub would
/// (route, body through the content serializer, request options and properties), so a change of Refit is an edit
/// here. On top of Refit it asks the connection's session provider for each call's KS, applies the connection's
/// timeout and unwraps string results.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KalturaRefitRunner
{
    /// <summary>Every multipart boundary starts so; the rest is new for each request (a fixed one could occur in a file).</summary>
    private const string BoundaryPrefix = "kalturagen-";

    /// <summary>Sends a call whose answer is read as <typeparamref name="TResult"/>.</summary>
    public static Task<TResult> SendAsync<TParameters, TResult>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        ResultAsync<TResult>(client, settings, path, settings.Buffered, token => JsonRequestAsync(client, settings, api, method, path, parameters, cancellationToken, token), cancellationToken);

    /// <summary>
    /// Sends a call and wraps its answer in Refit's <see cref="ApiResponse{T}"/> (status, headers, and an HTTP failure as
    /// its <see cref="ApiException"/>); a Kaltura error or an unreadable body is thrown (see <see cref="KalturaResponseError"/>).
    /// </summary>
    public static Task<ApiResponse<TResult>> SendForResponseAsync<TParameters, TResult>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        ResponseAsync<TResult>(client, settings, path, settings.Buffered, token => JsonRequestAsync(client, settings, api, method, path, parameters, cancellationToken, token), cancellationToken);

    /// <summary>Sends a void call: it completes, or throws the Kaltura error the answer holds.</summary>
    public static Task SendVoidAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        VoidAsync(client, settings, path, settings.Buffered, token => JsonRequestAsync(client, settings, api, method, path, parameters, cancellationToken, token), cancellationToken);

    /// <summary>Sends a call whose answer is a file: the response stream (the caller disposes it).</summary>
    public static Task<Stream> SendForStreamAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        StreamAsync(client, settings, path, settings.Buffered, token => JsonRequestAsync(client, settings, api, method, path, parameters, cancellationToken, token), cancellationToken);

    /// <summary>
    /// Sends a call with file parameters as multipart/form-data: the parameters as a part named <c>json</c>, then one
    /// part per file (streamed, never buffered). The boundary is new for every request.
    /// </summary>
    public static Task<TResult> SendMultipartAsync<TParameters, TResult>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        ResultAsync<TResult>(client, settings, path, false, token => MultipartRequestAsync(client, settings, api, method, path, parameters, files, cancellationToken, token), cancellationToken);

    /// <summary>Sends a call with file parameters and wraps its answer in Refit's <see cref="ApiResponse{T}"/>, as <see cref="SendForResponseAsync"/> does.</summary>
    public static Task<ApiResponse<TResult>> SendMultipartForResponseAsync<TParameters, TResult>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        ResponseAsync<TResult>(client, settings, path, false, token => MultipartRequestAsync(client, settings, api, method, path, parameters, files, cancellationToken, token), cancellationToken);

    /// <summary>Sends a call with file parameters whose answer is a file: the response stream (the caller disposes it).</summary>
    public static Task<Stream> SendMultipartForStreamAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        StreamAsync(client, settings, path, false, token => MultipartRequestAsync(client, settings, api, method, path, parameters, files, cancellationToken, token), cancellationToken);

    /// <summary>Sends a void call with file parameters as multipart/form-data.</summary>
    public static Task SendMultipartVoidAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, CancellationToken cancellationToken)
        where TParameters : KalturaParameters =>
        VoidAsync(client, settings, path, false, token => MultipartRequestAsync(client, settings, api, method, path, parameters, files, cancellationToken, token), cancellationToken);

    // The four ways Refit sends, shared by JSON and multipart calls; each builds its request under the call's timeout.
    // A multipart body is never buffered (its files are streamed); a JSON body follows the settings.
    private static async Task<TResult> ResultAsync<TResult>(
        HttpClient client, RefitSettings settings, string path, bool buffered, Func<CancellationToken, Task<HttpRequestMessage>> build, CancellationToken cancellationToken)
    {
        var result = await WithTimeoutAsync(
            settings,
            path,
            cancellationToken,
            async token => (await GeneratedRequestRunner.SendAsync<TResult, TResult>(client, await build(token).ConfigureAwait(false), settings, false, true, buffered, token).ConfigureAwait(false))!).ConfigureAwait(false);
        return UnwrapString(result!);
    }

    private static Task<ApiResponse<TResult>> ResponseAsync<TResult>(
        HttpClient client, RefitSettings settings, string path, bool buffered, Func<CancellationToken, Task<HttpRequestMessage>> build, CancellationToken cancellationToken) =>
        WithTimeoutAsync(
            settings,
            path,
            cancellationToken,
            async token =>
            {
                var request = await build(token).ConfigureAwait(false);
                return KalturaResponseError.ThrowRecorded(
                    request,
                    (await GeneratedRequestRunner.SendAsync<ApiResponse<TResult>, TResult>(client, request, settings, true, true, buffered, token).ConfigureAwait(false))!);
            });

    private static Task VoidAsync(
        HttpClient client, RefitSettings settings, string path, bool buffered, Func<CancellationToken, Task<HttpRequestMessage>> build, CancellationToken cancellationToken) =>
        WithTimeoutAsync(
            settings,
            path,
            cancellationToken,
            async token =>
            {
                await GeneratedRequestRunner.SendVoidAsync(client, await build(token).ConfigureAwait(false), settings, buffered, token).ConfigureAwait(false);
                return true;
            });

    private static Task<Stream> StreamAsync(
        HttpClient client, RefitSettings settings, string path, bool buffered, Func<CancellationToken, Task<HttpRequestMessage>> build, CancellationToken cancellationToken) =>
        WithTimeoutAsync(
            settings,
            path,
            cancellationToken,
            async token => (await GeneratedRequestRunner.SendAsync<Stream, Stream>(client, await build(token).ConfigureAwait(false), settings, false, false, buffered, token).ConfigureAwait(false))!);

    /// <summary>
    /// The request of a JSON call. The KS comes first, from the connection's session provider (under the call's timeout):
    /// Refit's body writer is synchronous, so the body is handed to it with its KS (<see cref="KalturaSessionBody"/>).
    /// </summary>
    private static async Task<HttpRequestMessage> JsonRequestAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        CancellationToken cancellationToken, CancellationToken token)
        where TParameters : KalturaParameters
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var session = await SessionBodyAsync(settings, parameters, token).ConfigureAwait(false);
        var request = new HttpRequestMessage(HttpMethod.Post, GeneratedRequestRunner.BuildRelativeUri(client, path, settings.UrlResolution));
        request.Content = session is null
            ? GeneratedRequestRunner.CreateBodyContent(settings, parameters, BodySerializationMethod.Default, !settings.Buffered)
            : GeneratedRequestRunner.CreateBodyContent(settings, session, BodySerializationMethod.Default, !settings.Buffered);
        request.Content = GeneratedRequestRunner.CompressBodyContent(request.Content, settings, RequestCompression.Default, CompressionLevel.Optimal);
        AddProperties(request, settings, api, method, path, settings.CaptureMethodArguments ? [parameters, cancellationToken] : null);
        return request;
    }

    private static async Task<HttpRequestMessage> MultipartRequestAsync<TParameters>(
        HttpClient client, RefitSettings settings, Type api, string method, string path, TParameters parameters,
        IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, CancellationToken cancellationToken, CancellationToken token)
        where TParameters : KalturaParameters
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(files);
        var session = await SessionBodyAsync(settings, parameters, token).ConfigureAwait(false);
        var request = new HttpRequestMessage(HttpMethod.Post, GeneratedRequestRunner.BuildRelativeUri(client, path, settings.UrlResolution));
        var multipart = new MultipartFormDataContent(BoundaryPrefix + Guid.NewGuid().ToString("N"));
        multipart.Add(
            session is null
                ? GeneratedRequestRunner.SerializeMultipartPart(settings, parameters, "json")
                : GeneratedRequestRunner.SerializeMultipartPart(settings, session, "json"),
            "json");
        foreach (var (name, file) in files)
        {
            if (file is not null)
            {
                multipart.Add(file.ToContent(), file.Name ?? name, string.IsNullOrEmpty(file.FileName) ? name : file.FileName);
            }
        }

        request.Content = multipart;
        object?[]? arguments = null;
        if (settings.CaptureMethodArguments)
        {
            arguments = [parameters, .. files.Select(f => (object?)f.Value), cancellationToken];
        }

        AddProperties(request, settings, api, method, path, arguments);
        return request;
    }

    /// <summary>The parameters with this call's KS, or null when the settings are not over a Kaltura connection.</summary>
    private static async ValueTask<KalturaSessionBody?> SessionBodyAsync(RefitSettings settings, KalturaParameters parameters, CancellationToken token) =>
        ConnectionOf(settings) is { } connection
            ? new KalturaSessionBody(parameters, await connection.GetKsAsync(token).ConfigureAwait(false))
            : null;

    private static void AddProperties(HttpRequestMessage request, RefitSettings settings, Type api, string method, string path, object?[]? arguments)
    {
        GeneratedRequestRunner.AddConfiguredRequestOptions(request, settings, api);
        GeneratedRequestRunner.AddRequestProperty(request, HttpRequestMessageOptions.MethodName, method);
        GeneratedRequestRunner.AddRequestProperty(request, HttpRequestMessageOptions.RelativePathTemplate, path);
        if (arguments is not null)
        {
            GeneratedRequestRunner.AddRequestProperty(request, HttpRequestMessageOptions.MethodArguments, arguments);
        }
    }

    private static KalturaConnection? ConnectionOf(RefitSettings settings) =>
        (settings.ContentSerializer as KalturaContentSerializer)?.Connection;

    /// <summary>
    /// Runs a send as one traced, measured and (on failure) logged call (<see cref="KalturaCallTelemetry"/>), under the
    /// connection's timeout (<see cref="KalturaClientOptions.Timeout"/>, on its clock): when
    /// it expires first, the call ends with a <see cref="TimeoutException"/>; the caller's own cancellation stays an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    private static async Task<T> WithTimeoutAsync<T>(RefitSettings settings, string path, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> send)
    {
        var telemetry = KalturaCallTelemetry.Start(path, ConnectionOf(settings)?.Options);
        try
        {
            var result = await WithTimeoutCoreAsync(settings, path, cancellationToken, send).ConfigureAwait(false);
            telemetry.Succeeded();
            return result;
        }
        catch (Exception exception)
        {
            telemetry.Failed(exception);
            throw;
        }
    }

    private static async Task<T> WithTimeoutCoreAsync<T>(RefitSettings settings, string path, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> send)
    {
        var options = ConnectionOf(settings)?.Options;
        if (options is null || options.Timeout == Timeout.InfiniteTimeSpan)
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(options.Timeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await send(linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested
            && (exception is OperationCanceledException || exception.InnerException is OperationCanceledException))
        {
            throw new TimeoutException($"Kaltura did not answer {path} within {options.Timeout}.", exception as OperationCanceledException ?? exception.InnerException);
        }
    }

    /// <summary>
    /// Refit hands a <c>string</c> result over as the raw body, which for Kaltura is a JSON string (<c>"djJ8..."</c>):
    /// it is decoded here. Other results pass through.
    /// </summary>
    private static TResult UnwrapString<TResult>(TResult result)
    {
        if (result is not string text)
        {
            return result;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"')
        {
            return (TResult)(object)JsonSerializer.Deserialize(trimmed, KalturaPrimitivesJsonContext.Default.String)!;
        }

        return trimmed.IsEmpty || trimmed.SequenceEqual("null")
            ? throw new InvalidDataException($"The response holds no result of the expected type: {KalturaJsonReader.Excerpt(text)}")
            : result;
    }
}
