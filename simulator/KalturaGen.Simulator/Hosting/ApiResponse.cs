using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Wire;
using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Hosting;

/// <summary>Serializes outcomes in the requested format and writes them to the HTTP response.</summary>
internal static class ApiResponse
{
    /// <summary>The body and content type for one outcome.</summary>
    public static (byte[] Body, string ContentType) Render(SimulatorRuntime runtime, DispatchOutcome outcome, ResponseSerializer serializer, ParamNode parameters, double seconds) =>
        WithRequestedContentType(parameters, RenderShaped(serializer, parameters, seconds, [runtime.Shaper.Shape(outcome.Result, outcome.Definition?.Result)], multi: false));

    /// <summary>The body and content type for a multirequest.</summary>
    public static (byte[] Body, string ContentType) RenderMany(SimulatorRuntime runtime, IReadOnlyList<DispatchOutcome> outcomes, ResponseSerializer serializer, ParamNode parameters, double seconds) =>
        WithRequestedContentType(parameters, RenderShaped(serializer, parameters, seconds, outcomes.Select(o => runtime.Shaper.Shape(o.Result, o.Definition?.Result)).ToList(), multi: true));

    /// <summary>
    /// The answer when the serializer cannot be made (an unknown format, a missing or unsafe JSONP callback). The
    /// server exits with only the X-Kaltura headers (<c>kRendererDieError</c>); the simulator also writes the error as
    /// JSON so clients and tests can read the code.
    /// </summary>
    public static async Task WriteDieErrorAsync(HttpContext http, SimulatorRuntime runtime, ApiException exception)
    {
        var error = runtime.Errors.Format(exception);
        WriteDieHeaders(http.Response, error);
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(JsonResponseWriter.Write(new ShapedError(error)));
    }

    /// <summary>The headers of the server's <c>kRendererDieError</c> (used for serializer errors and failed serve actions).</summary>
    public static void WriteDieHeaders(HttpResponse response, ApiError error)
    {
        HeaderValues.TrySet(response, "X-Kaltura", "error- " + error.Code);
        HeaderValues.TrySet(response, "X-Kaltura-App", $"exiting on error {error.Code} - {error.Message}");
    }

    // serializeResponse: a "content-type" request parameter replaces the serializer's Content-Type header
    // (only with a type a browser will not render as a page, see CallerContentType).
    private static (byte[] Body, string ContentType) WithRequestedContentType(ParamNode parameters, (byte[] Body, string ContentType) rendered) =>
        (rendered.Body, CallerContentType.Resolve(parameters.Get("content-type")?.Scalar, rendered.ContentType));

    private static (byte[] Body, string ContentType) RenderShaped(ResponseSerializer serializer, ParamNode parameters, double seconds, IReadOnlyList<Shaped> results, bool multi)
    {
        var ignoreNull = parameters.Get("ignoreNull")?.AsText() == "1";
        switch (serializer.Format)
        {
            case ResponseFormat.Xml:
                return (multi ? XmlResponseWriter.WriteMany(results, ignoreNull, seconds) : XmlResponseWriter.Write(results[0], ignoreNull, seconds), "text/xml");
            case ResponseFormat.Php:
                return (multi ? PhpResponseWriter.WriteMany(results) : PhpResponseWriter.Write(results[0]), "text/plain");
            case ResponseFormat.Jsonp:
                var json = multi ? JsonResponseWriter.WriteMany(results) : JsonResponseWriter.Write(results[0]);
                return ([.. System.Text.Encoding.UTF8.GetBytes(serializer.Callback + "("), .. json, .. ");"u8.ToArray()], "application/javascript");
            default:
                return (multi ? JsonResponseWriter.WriteMany(results) : JsonResponseWriter.Write(results[0]), "application/json");
        }
    }
}
