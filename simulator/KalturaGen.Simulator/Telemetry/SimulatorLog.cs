using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Telemetry;

/// <summary>The simulator's log messages (source-generated); events 201-203.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Request {Method} {Path} answered {StatusCode} after receiving {Bytes} bytes in {ElapsedMs:0} ms")]
    public static partial void RequestAnswered(this ILogger logger, string method, string path, int statusCode, long bytes, double elapsedMs);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "Action {Service}.{Action} for partner {PartnerId} succeeded")]
    public static partial void ActionSucceeded(this ILogger logger, string service, string action, int? partnerId);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Action {Service}.{Action} for partner {PartnerId} failed with {ErrorCode}")]
    public static partial void ActionFailed(this ILogger logger, string service, string action, int? partnerId, string errorCode);
}
