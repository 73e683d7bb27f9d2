using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Runtime;

/// <summary>
/// The span, metrics and failure log of one Kaltura call (<see cref="KalturaRefitRunner"/> starts one per send).
/// The KS is never recorded.
/// </summary>
internal sealed partial class KalturaCallTelemetry
{
    private const string LogCategory = "KalturaGen.Runtime.KalturaClient";

    private static readonly ActivitySource Source = new(KalturaTelemetry.Name);
    private static readonly Meter Meter = new(KalturaTelemetry.Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        KalturaTelemetry.CallDurationInstrument, "s", "The time a Kaltura call takes, from asking for its KS to the end of its answer.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        KalturaTelemetry.CallErrorsInstrument, "{call}", "Kaltura calls that ended with an error.");

    private readonly string _service;
    private readonly string? _action;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();

    private KalturaCallTelemetry(string path, KalturaClientOptions? options)
    {
        (_service, _action) = ServiceAndAction(path);
        _loggerFactory = options?.LoggerFactory;
        _activity = Source.StartActivity(_action is null ? $"kaltura {_service}" : $"kaltura {_service}.{_action}", ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(KalturaTelemetry.ServiceTag, _service);
            _activity.SetTag(KalturaTelemetry.ActionTag, _action);
            if (options?.PartnerId is { } partnerId)
            {
                _activity.SetTag(KalturaTelemetry.PartnerIdTag, partnerId);
            }
        }
    }

    /// <summary>Starts the telemetry of a call to <paramref name="path"/> (<c>/api_v3/service/{service}/action/{action}</c>).</summary>
    public static KalturaCallTelemetry Start(string path, KalturaClientOptions? options) => new(path, options);

    /// <summary>Ends the call as answered.</summary>
    public void Succeeded()
    {
        Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, Tags(null));
        _activity?.Dispose();
    }

    /// <summary>Ends the call as failed with <paramref name="exception"/>: error status, error counter, a logged failure.</summary>
    public void Failed(Exception exception)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var code = KalturaErrorOf(exception)?.Code;
        var errorType = string.IsNullOrEmpty(code) ? exception.GetType().FullName ?? exception.GetType().Name : code;
        var tags = Tags(errorType);
        Duration.Record(elapsed.TotalSeconds, tags);
        Errors.Add(1, tags);
        if (_activity is not null)
        {
            if (!string.IsNullOrEmpty(code))
            {
                _activity.SetTag(KalturaTelemetry.ErrorCodeTag, code);
            }

            _activity.SetTag(KalturaTelemetry.ErrorTypeTag, errorType);
            _activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            _activity.Dispose();
        }

        if (_loggerFactory?.CreateLogger(LogCategory) is { } logger)
        {
            LogCallFailed(logger, _service, _action, errorType, elapsed.TotalMilliseconds, exception);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Kaltura call {Service}.{Action} failed with {ErrorType} after {ElapsedMs:0} ms")]
    private static partial void LogCallFailed(ILogger logger, string service, string? action, string errorType, double elapsedMs, Exception exception);

    private TagList Tags(string? errorType)
    {
        var tags = new TagList { { KalturaTelemetry.ServiceTag, _service } };
        if (_action is not null)
        {
            tags.Add(KalturaTelemetry.ActionTag, _action);
        }

        if (errorType is not null)
        {
            tags.Add(KalturaTelemetry.ErrorTypeTag, errorType);
        }

        return tags;
    }

    /// <summary>The Kaltura error in <paramref name="exception"/> or one it wraps (Refit wraps what a deserializer throws).</summary>
    private static KalturaApiException? KalturaErrorOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is KalturaApiException kaltura)
            {
                return kaltura;
            }
        }

        return null;
    }

    /// <summary>The service and action a route names; a multirequest names no action.</summary>
    private static (string Service, string? Action) ServiceAndAction(string path)
    {
        var service = "unknown";
        string? action = null;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            if (parts[i] == "service")
            {
                service = parts[i + 1];
            }
            else if (parts[i] == "action")
            {
                action = parts[i + 1];
            }
        }

        return (service, action);
    }
}
