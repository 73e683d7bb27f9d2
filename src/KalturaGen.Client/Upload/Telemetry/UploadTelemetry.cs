using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using KalturaGen.Runtime;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The upload engine's spans, instruments and log messages, on the same "KalturaGen" source and meter as the calls
/// (<see cref="KalturaTelemetry.Name"/>): a span per upload and per chunk attempt, bytes, chunks, retries and durations.
/// </summary>
internal static partial class UploadTelemetry
{
    /// <summary>Tag: the file an upload sends.</summary>
    public const string FileNameTag = "kaltura.upload.file_name";

    /// <summary>Tag: the bytes a chunk holds.</summary>
    public const string BytesTag = "kaltura.upload.chunk.bytes";

    /// <summary>Tag: where a chunk starts in the file.</summary>
    public const string OffsetTag = "kaltura.upload.chunk.offset";

    /// <summary>Tag: which attempt at a chunk this is (1 for the first).</summary>
    public const string AttemptTag = "kaltura.upload.chunk.attempt";

    /// <summary>Tag: why a call was retried: a Kaltura error code, <c>http_{status}</c>, <c>timeout</c> or the exception's type.</summary>
    public const string ReasonTag = "kaltura.upload.retry.reason";

    /// <summary>Tag: how an upload ended: <c>completed</c>, <c>failed</c> or <c>canceled</c>.</summary>
    public const string OutcomeTag = "kaltura.upload.outcome";

    private const string LogCategory = "KalturaGen.Upload";

    private static readonly ActivitySource Source = new(KalturaTelemetry.Name);
    private static readonly Meter Meter = new(KalturaTelemetry.Name);

    private static readonly Counter<long> BytesSent = Meter.CreateCounter<long>(
        "kaltura.upload.bytes_sent", "By", "File bytes the server acknowledged (a retried chunk counts once).");

    private static readonly Counter<long> Chunks = Meter.CreateCounter<long>(
        "kaltura.upload.chunks", "{chunk}", "Chunks the server acknowledged.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "kaltura.upload.retries", "{retry}", "Calls of the upload engine retried after a transient failure, by reason.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "kaltura.upload.duration", "s", "The time an upload to a token takes, by outcome.");

    /// <summary>Starts the span of an upload of <paramref name="fileName"/>.</summary>
    public static Activity? StartUpload(string fileName)
    {
        var activity = Source.StartActivity("kaltura upload", ActivityKind.Internal);
        activity?.SetTag(FileNameTag, fileName);
        return activity;
    }

    /// <summary>Starts the span of one attempt at sending a chunk.</summary>
    public static Activity? StartChunk(long offset, int bytes, int attempt)
    {
        var activity = Source.StartActivity("kaltura upload chunk", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(OffsetTag, offset);
            activity.SetTag(BytesTag, bytes);
            activity.SetTag(AttemptTag, attempt);
        }

        return activity;
    }

    /// <summary>Marks <paramref name="activity"/> failed with <paramref name="exception"/>.</summary>
    public static void Failed(Activity? activity, Exception exception)
    {
        activity?.SetTag(KalturaTelemetry.ErrorTypeTag, Reason(exception));
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
    }

    /// <summary>Counts a chunk the server acknowledged.</summary>
    public static void ChunkAcknowledged(int bytes)
    {
        BytesSent.Add(bytes);
        Chunks.Add(1);
    }

    /// <summary>Counts and logs a retry: attempt <paramref name="attempt"/> failed, the next one follows after <paramref name="delay"/>.</summary>
    public static void Retried(UploadOptions options, Exception exception, int attempt, TimeSpan delay)
    {
        var reason = Reason(exception);
        Retries.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));
        if (options.LoggerFactory?.CreateLogger(LogCategory) is { } logger)
        {
            LogRetry(logger, reason, attempt, delay.TotalMilliseconds, exception);
        }
    }

    /// <summary>Records how an upload ended and logs a failure.</summary>
    public static void Ended(UploadOptions options, Activity? activity, string fileName, TimeSpan elapsed, Exception? exception, bool canceled)
    {
        var outcome = exception is null ? "completed" : canceled ? "canceled" : "failed";
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(OutcomeTag, outcome));
        activity?.SetTag(OutcomeTag, outcome);
        if (exception is not null)
        {
            Failed(activity, exception);
            if (!canceled && options.LoggerFactory?.CreateLogger(LogCategory) is { } logger)
            {
                LogUploadFailed(logger, fileName, Reason(exception), elapsed.TotalMilliseconds, exception);
            }
        }
    }

    /// <summary>Why a call failed, short enough to be a metric tag.</summary>
    public static string Reason(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case KalturaApiException kaltura when !string.IsNullOrEmpty(kaltura.Code):
                    return kaltura.Code;
                case Refit.ApiException api:
                    return $"http_{(int)api.StatusCode}";
                case HttpRequestException { StatusCode: HttpStatusCode status }:
                    return $"http_{(int)status}";
                case TimeoutException:
                    return "timeout";
            }
        }

        return exception.GetType().Name;
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Upload call failed ({Reason}) on attempt {Attempt}; retrying in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string reason, int attempt, double delayMs, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Upload of {FileName} failed ({Reason}) after {ElapsedMs:0} ms")]
    private static partial void LogUploadFailed(ILogger logger, string fileName, string reason, double elapsedMs, Exception exception);
}
