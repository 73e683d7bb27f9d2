using System.Net;
using System.Net.Sockets;
using Polly.Timeout;
using Refit;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Decides which failures of an uploadToken call are worth retrying. Re-sending a chunk is safe because the server
/// addresses it by offset, so every transport failure is retried (Refit's <see cref="ApiRequestException"/> wraps them, its
/// <see cref="ApiException"/> carries a failing HTTP status); Kaltura API errors are client errors (retrying
/// does not change the answer) except <see cref="CannotMatchExpectedSize"/> on a final chunk, which means "chunks
/// are still arriving".
/// </summary>
internal static class TransientFailureClassifier
{
    /// <summary>The final chunk found fewer contiguous bytes than its resumeAt + length.</summary>
    public const string CannotMatchExpectedSize = "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE";

    /// <summary>Whether to retry after <paramref name="exception"/>.</summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="kalturaErrorCode">The Kaltura error code it carries, if it is an API error.</param>
    /// <param name="finalizing">The call may finalize the token (a final chunk, or any chunk under autoFinalize).</param>
    /// <param name="callerToken">The caller's token: a cancellation the caller asked for is never retried.</param>
    public static bool IsTransient(Exception exception, string? kalturaErrorCode, bool finalizing, CancellationToken callerToken)
    {
        if (kalturaErrorCode is not null)
        {
            return finalizing && kalturaErrorCode == CannotMatchExpectedSize;
        }

        return exception switch
        {
            OperationCanceledException => !callerToken.IsCancellationRequested,
            TimeoutException or TimeoutRejectedException => true,
            ApiException api => IsTransientStatus(api.StatusCode),
            ApiRequestException request => request.InnerException is { } inner && IsTransient(inner, null, finalizing, callerToken),
            HttpRequestException http => http.StatusCode is null || IsTransientStatus(http.StatusCode.Value),
            IOException or SocketException => true,
            _ => false,
        };
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
