using System.Diagnostics;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Services.UploadTokens;
using KalturaGen.Simulator.Telemetry;
using KalturaGen.Simulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// The <c>/api_v3/...</c> entry point: CORS pre-flight, injected HTTP faults, request parsing, the
/// format check, single or multi dispatch, and the response. It never answers HTTP 500: anything
/// unexpected becomes INTERNAL_SERVERL_ERROR.
/// </summary>
internal static class ApiEndpoint
{
    /// <summary>Handles one HTTP request.</summary>
    public static async Task HandleAsync(HttpContext http, SimulatorRuntime runtime, Dispatcher dispatcher, MultiRequestRunner multi, ILogger<Dispatcher> logger)
    {
        SetCommonHeaders(http.Response);
        if (HttpMethods.IsOptions(http.Request.Method))
        {
            http.Response.Headers.AccessControlAllowMethods = "POST, GET, HEAD, OPTIONS";
            http.Response.Headers.AccessControlAllowHeaders = "Origin, X-Requested-With, Content-Type, Accept, Range, Cache-Control";
            return;
        }

        using var telemetry = RequestTelemetry.Start(http, logger);
        try
        {
            await HandleApiAsync(http, runtime, dispatcher, multi);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (BodyReadException failed)
        {
            // The body never arrived whole: nothing was dispatched; answer as the web server would.
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = failed.StatusCode;
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Unexpected failure handling {Path}", http.Request.Path);
            if (!http.Response.HasStarted)
            {
                http.Response.Clear();
                SetCommonHeaders(http.Response);
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/json";
                await http.Response.Body.WriteAsync(JsonResponseWriter.Write(runtime.Shaper.Shape(new ApiException("INTERNAL_SERVERL_ERROR"), null)));
            }
        }
    }

    private static async Task HandleApiAsync(HttpContext http, SimulatorRuntime runtime, Dispatcher dispatcher, MultiRequestRunner multi)
    {
        var started = Stopwatch.GetTimestamp();
        var cancellationToken = http.RequestAborted;
        var (urlService, urlAction) = NamesFromUrl(http.Request);
        var fault = urlService is null ? null : runtime.Faults.Next(urlService, urlAction ?? "", FaultKind.HttpError, FaultKind.Delay, FaultKind.AbortRequest, FaultKind.AbortResponse);
        if (fault is not null && await ApplyBeforeAsync(http, fault, runtime, cancellationToken))
        {
            return;
        }

        using var request = await ReadOrRefuseAsync(http, runtime, started);
        if (request is null)
        {
            return;
        }

        var parameters = request.Parameters;
        var service = parameters.Get("service")?.AsText() ?? "";
        if (fault is null && urlService is null)
        {
            fault = runtime.Faults.Next(service, parameters.Get("action")?.AsText() ?? "", FaultKind.HttpError, FaultKind.Delay, FaultKind.AbortRequest, FaultKind.AbortResponse);
            if (fault is not null && await ApplyBeforeAsync(http, fault, runtime, cancellationToken))
            {
                return;
            }
        }

        ResponseSerializer serializer;
        try
        {
            serializer = ResponseFormats.Resolve(parameters, request.Query);
        }
        catch (ApiException error)
        {
            await ApiResponse.WriteDieErrorAsync(http, runtime, error);
            return;
        }

        var origin = new RequestOrigin(
            $"{http.Request.Scheme}://{http.Request.Host}",
            http.Connection.RemoteIpAddress,
            http.Request.Path + http.Request.QueryString);

        byte[] body;
        string contentType;
        if (service == "multirequest")
        {
            var outcomes = await multi.RunAsync(parameters, origin, cancellationToken);
            (body, contentType) = ApiResponse.RenderMany(runtime, outcomes, serializer, parameters, Seconds(started));
        }
        else
        {
            var outcome = await dispatcher.DispatchAsync(parameters, origin, null, cancellationToken);
            if (outcome.Definition?.ReturnsFile == true)
            {
                await WriteFileAsync(http, runtime, outcome, cancellationToken);
                return;
            }

            (body, contentType) = ApiResponse.Render(runtime, outcome, serializer, parameters, Seconds(started));
        }

        await WriteAsync(http, fault, body, contentType, cancellationToken);
    }

    // Reads the request; one that breaks an input limit is answered (and journaled) here, and null is returned.
    private static async Task<WireRequest?> ReadOrRefuseAsync(HttpContext http, SimulatorRuntime runtime, long started)
    {
        try
        {
            var (urlService, urlAction) = NamesFromUrl(http.Request);
            var placer = ChunkPlacer.For(runtime, urlService, urlAction);
            return await WireRequest.ReadAsync(http.Request, runtime.Storage.Incoming, runtime.Options.Limits, placer, http.RequestAborted);
        }
        catch (ApiException refused)
        {
            var (service, action) = NamesFromUrl(http.Request);
            runtime.Journal.Record(runtime.Clock.GetUtcNow(), service ?? "", action ?? "", null, ParamNode.NewArray(), refused.Code, null);

            // The body's own format was not read: the URL's format applies, and JSON when the URL names none.
            var url = UrlFormatParameters(http.Request);
            ResponseSerializer serializer;
            try
            {
                serializer = ResponseFormats.Resolve(url, url);
            }
            catch (ApiException)
            {
                serializer = new ResponseSerializer(ResponseFormat.Json, null);
            }

            var (body, contentType) = ApiResponse.Render(runtime, new DispatchOutcome(refused, null), serializer, url, Seconds(started));
            await WriteAsync(http, null, body, contentType, http.RequestAborted);
            return null;
        }
    }

    // Applies a fault that acts before the call is processed; true when the response is finished.
    private static async Task<bool> ApplyBeforeAsync(HttpContext http, FaultRule fault, SimulatorRuntime runtime, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case FaultKind.Delay:
                await Task.Delay(fault.Delay, cancellationToken);
                return false;
            case FaultKind.HttpError when !fault.AfterProcessing:
                JournalFault(http, runtime, fault);
                http.Response.StatusCode = fault.StatusCode;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync($"<html><body><h1>{fault.StatusCode}</h1>Injected fault</body></html>", cancellationToken);
                return true;
            case FaultKind.AbortRequest:
                JournalFault(http, runtime, fault);
                await ReadSomeAsync(http.Request.Body, cancellationToken);
                http.Abort();
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteAsync(HttpContext http, FaultRule? fault, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        if (fault is { Kind: FaultKind.HttpError, AfterProcessing: true })
        {
            http.Response.StatusCode = fault.StatusCode;
            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync($"<html><body><h1>{fault.StatusCode}</h1>Injected fault</body></html>", cancellationToken);
            return;
        }

        http.Response.ContentType = contentType;
        if (fault is { Kind: FaultKind.AbortResponse })
        {
            // Start the body, then drop the connection: the call was processed but the client cannot tell.
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
            http.Abort();
            return;
        }

        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, cancellationToken);
    }

    private static async Task WriteFileAsync(HttpContext http, SimulatorRuntime runtime, DispatchOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Result is not FileResult file)
        {
            // A failed serve action answers like kRendererDieError: headers only, empty body.
            var error = outcome.Result is ApiException ex ? runtime.Errors.Format(ex) : runtime.Errors.Format(new ApiException("INTERNAL_SERVERL_ERROR"));
            ApiResponse.WriteDieHeaders(http.Response, error);
            return;
        }

        http.Response.ContentType = file.ContentType;
        HeaderValues.MarkStoredContent(http.Response);
        if (file.FileName is { } name)
        {
            HeaderValues.TrySet(http.Response, "Content-Disposition", HeaderValues.AttachmentDisposition(name));
        }

        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 0, FileOptions.Asynchronous);
        http.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(http.Response.Body, 128 * 1024, cancellationToken);
    }

    // The serializer parameters of the URL alone (path pairs, then query): format (JSON when absent), callback,
    // content-type and ignoreNull.
    private static ParamNode UrlFormatParameters(HttpRequest request)
    {
        var pairs = PathParams.Read(request.Path.Value ?? "");
        var url = ParamNode.NewArray();
        foreach (var name in (string[])["format", "callback", "content-type", "ignoreNull"])
        {
            var value = pairs.FirstOrDefault(p => p.Key == name).Value ?? request.Query[name].LastOrDefault();
            if (value is not null)
            {
                url.Set(name, ParamNode.Of(value));
            }
        }

        if (!url.Has("format"))
        {
            url.Set("format", ParamNode.Of("1"));
        }

        return url;
    }

    private static void SetCommonHeaders(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        // A browser must take the Content-Type as given, never sniff a response into an HTML page.
        response.Headers.XContentTypeOptions = "nosniff";
    }

    // Service and action as the URL names them (path pairs, then query), for faults that act before the body is read.
    private static (string? Service, string? Action) NamesFromUrl(HttpRequest request)
    {
        var pairs = PathParams.Read(request.Path.Value ?? "");
        var service = pairs.FirstOrDefault(p => p.Key == "service").Value ?? request.Query["service"].FirstOrDefault();
        var action = pairs.FirstOrDefault(p => p.Key == "action").Value ?? request.Query["action"].FirstOrDefault();
        return (service, action);
    }

    private static void JournalFault(HttpContext http, SimulatorRuntime runtime, FaultRule fault)
    {
        var (service, action) = NamesFromUrl(http.Request);
        runtime.Journal.Record(runtime.Clock.GetUtcNow(), service ?? "", action ?? "", null, ParamNode.NewArray(), null, fault.ToString());
    }

    private static async Task ReadSomeAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            // Read a little of the body (whatever arrives first) before dropping the connection.
            _ = await body.ReadAtLeastAsync(buffer, 1, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
        }
    }

    private static double Seconds(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;
}
