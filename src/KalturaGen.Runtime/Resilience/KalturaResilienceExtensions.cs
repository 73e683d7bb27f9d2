using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace KalturaGen.Runtime;

/// <summary>
/// Resilience for a Kaltura client's HttpClient that knows Kaltura: every call is a POST, so which calls may be sent
/// twice is decided from the action in the route (<see cref="KalturaActions"/>), and the upload engine retries its own
/// calls under its own deadlines (<see cref="KalturaRetryScope"/>).
/// </summary>
public static class KalturaResilienceExtensions
{
    /// <summary>
    /// Adds the standard resilience handler (rate limiter, total timeout, retry, circuit breaker, attempt timeout) with
    /// Kaltura rules, and returns its builder for further <c>Configure</c> calls. Use it instead of
    /// <c>AddStandardResilienceHandler</c>; one already added is made Kaltura-aware with
    /// <see cref="WithKalturaRules"/>. The rules:
    /// <list type="bullet">
    /// <item>Only read actions (get, list, count, serve…) are retried, and only after a transient failure: 5xx, 408,
    /// 429, a timed-out attempt or a transport error other than a failed name resolution (an unknown host stays unknown).
    /// add, upload, addContent, update, delete, multirequest are never sent twice by this handler.</item>
    /// <item>The attempt and total timeouts bound read actions only: a call that is not retried here (a chunk, a
    /// create) is not cut off by a timer that no retry follows.</item>
    /// <item>Calls made inside <see cref="KalturaRetryScope.CallerOwnsRetries"/> (every call of the upload engine) are
    /// neither retried nor timed out here: the engine retries them and enforces its per-call deadlines.</item>
    /// </list>
    /// </summary>
    public static IHttpStandardResiliencePipelineBuilder AddKalturaResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddStandardResilienceHandler().WithKalturaRules();
    }

    /// <summary>
    /// Applies the rules of <see cref="AddKalturaResilience"/> to a standard resilience handler already added with
    /// <c>AddStandardResilienceHandler()</c>. They are applied after every <c>Configure</c>, so they hold whatever order
    /// the calls come in; timeouts and retry counts set there still apply to read actions.
    /// </summary>
    public static IHttpStandardResiliencePipelineBuilder WithKalturaRules(this IHttpStandardResiliencePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.PostConfigure<HttpStandardResilienceOptions>(builder.PipelineName, Apply);
        return builder;
    }

    private static void Apply(HttpStandardResilienceOptions options)
    {
        options.Retry.ShouldHandle = args => ValueTask.FromResult(MayRetry(args.Context) && IsTransient(args.Outcome));
        var attempt = options.AttemptTimeout.Timeout;
        options.AttemptTimeout.TimeoutGenerator = args => ValueTask.FromResult(MayRetry(args.Context) ? attempt : Timeout.InfiniteTimeSpan);
        var total = options.TotalRequestTimeout.Timeout;
        options.TotalRequestTimeout.TimeoutGenerator = args => ValueTask.FromResult(MayRetry(args.Context) ? total : Timeout.InfiniteTimeSpan);
    }

    private static bool MayRetry(ResilienceContext context) =>
        !KalturaRetryScope.IsCallerOwned && context.GetRequestMessage() is { } request && KalturaActions.IsIdempotent(request);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }
        && HttpClientResiliencePredicates.IsTransient(outcome);
}
