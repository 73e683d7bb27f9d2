using Polly;
using Polly.Retry;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Builds the Polly retry pipeline used for each call: exponential backoff with jitter, delays on the
/// injected <see cref="TimeProvider"/>, retrying only what <see cref="TransientFailureClassifier"/> accepts; every
/// retry is counted and logged (<see cref="UploadTelemetry.Retried"/>).
/// </summary>
internal static class ChunkRetryPipeline
{
    public static ResiliencePipeline Create(
        UploadOptions options,
        TimeProvider timeProvider,
        Func<Exception, CancellationToken, bool> isTransient,
        Action<Exception> onRetry,
        int? maxRetryAttempts = null)
    {
        var attempts = maxRetryAttempts ?? options.MaxRetryAttempts;
        if (attempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && isTransient(e, args.Context.CancellationToken)),
                MaxRetryAttempts = attempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                OnRetry = args =>
                {
                    UploadTelemetry.Retried(options, args.Outcome.Exception!, args.AttemptNumber + 1, args.RetryDelay);
                    onRetry(args.Outcome.Exception!);
                    return default;
                },
            })
            .Build();
    }
}
