using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Telemetry;

/// <summary>
/// Counts one <c>/api_v3</c> request and the body bytes it brought (through a counting wrapper of the request body),
/// and logs it once answered.
/// </summary>
internal sealed class RequestTelemetry : IDisposable
{
    private readonly HttpContext _http;
    private readonly ILogger _logger;
    private readonly CountingRequestBody _body;
    private readonly long _started = Stopwatch.GetTimestamp();

    private RequestTelemetry(HttpContext http, ILogger logger)
    {
        _http = http;
        _logger = logger;
        _body = new CountingRequestBody(http.Request.Body);
        http.Request.Body = _body;
    }

    /// <summary>Starts counting the request of <paramref name="http"/>.</summary>
    public static RequestTelemetry Start(HttpContext http, ILogger logger) => new(http, logger);

    /// <summary>Records the request, its bytes and its status code.</summary>
    public void Dispose()
    {
        var status = _http.Response.StatusCode;
        SimulatorInstruments.Requests.Add(1, new KeyValuePair<string, object?>(SimulatorTelemetry.StatusCodeTag, status));
        SimulatorInstruments.BytesReceived.Add(_body.BytesRead);
        _logger.RequestAnswered(_http.Request.Method, _http.Request.Path.Value ?? "", status, _body.BytesRead, Stopwatch.GetElapsedTime(_started).TotalMilliseconds);
    }
}
