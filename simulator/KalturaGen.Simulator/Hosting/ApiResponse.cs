using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Wire;
using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Hosting;

/// <summary>Serializes outcomes in the requested format and writes them to the HTTP response.</summary>
public static class ApiResponse
{
    /// <summary>The body and content type for one outcome.</summary>
    public static (byte[] Body, string ContentType) Render(SimulatorRuntime runtime, DispatchOutcome outcome, ResponseFormat format, ParamNode parameters, double seconds) =>
        WithRequestedContentType(parameters, RenderShaped(format, parameters, seconds, [runtime.Shaper.Shape(outcome.Result, outcome.Definition?.Result)], multi: false));

    /// <summary>The body and content type for a multirequest.</summary>
    public static (byte[] Body, string ContentType) RenderMany(SimulatorRuntime runtime, IReadOnlyList<DispatchOutcome> outcomes, ResponseFormat format, ParamNode parameters, double seconds) =>
        WithRequestedContentType(parameters, RenderShaped(format, parameters, seconds, outcomes.Select(o => runtime.Shaper.Shape(o.Result, o.Definition?.Result)).ToList(), multi: true));

    /// <summary>
    /// The answer to an unknown <c>format</c>. The server exits with only the X-Kaltura headers; the
    /// simulator also writes the error as JSON so clients and tests can read the code.
    /// </summary>
    public static async Task WriteUnknownFormatAsync(HttpContext http, SimulatorRuntime runtime, string format)
    {
        var error = runtime.Errors.Format(new ApiException("UNKNOWN_RESPONSE_FORMAT", format));
        WriteDieHeaders(http.Response, error);
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(JsonResponseWriter.Write(new ShapedError(error)));
    }

    /// <summary>The headers of the server's <c>kRendererDieError</c> (used for unknown formats and failed serve actions).</summary>
    public static void WriteDieHeaders(HttpResponse response, ApiError error)
    {
        response.Headers["X-Kaltura"] = "error- " + error.Code;
        response.Headers["X-Kaltura-App"] = $"exiting on error {error.Code} - {error.Message}";
    }

    // serializeResponse: a "content-type" request parameter replaces the serializer's Content-Type header.
    private static (byte[] Body, string ContentType) WithRequestedContentType(ParamNode parameters, (byte[] Body, string ContentType) rendered) =>
        parameters.Get("content-type")?.AsText() is { Length: > 0 } requested ? (rendered.Body, requested) : rendered;

    private static (byte[] Body, string ContentType) RenderShaped(ResponseFormat format, ParamNode parameters, double seconds, IReadOnlyList<Shaped> results, bool multi)
    {
        var ignoreNull = parameters.Get("ignoreNull")?.AsText() == "1";
        switch (format)
        {
            case ResponseFormat.Xml:
                return (multi ? XmlResponseWriter.WriteMany(results, ignoreNull, seconds) : XmlResponseWriter.Write(results[0], ignoreNull, seconds), "text/xml");
            case ResponseFormat.Php:
                return (multi ? PhpResponseWriter.WriteMany(results) : PhpResponseWriter.Write(results[0]), "text/plain");
            case ResponseFormat.Jsonp:
                var callback = parameters.Get("callback")?.AsText() is { Length: > 0 } name ? name : "callback";
                var json = multi ? JsonResponseWriter.WriteMany(results) : JsonResponseWriter.Write(results[0]);
                return ([.. System.Text.Encoding.UTF8.GetBytes(callback + "("), .. json, .. ");"u8.ToArray()], "application/javascript");
            default:
                return (multi ? JsonResponseWriter.WriteMany(results) : JsonResponseWriter.Write(results[0]), "application/json");
        }
    }
}
