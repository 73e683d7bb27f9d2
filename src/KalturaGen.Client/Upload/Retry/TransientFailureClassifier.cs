using System.Collections.Frozen;
using System.Net;
using System.Net.Sockets;
using KalturaGen.Runtime;
using Polly.Timeout;
using Refit;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Decides which failures of a call are worth retrying. Every transport failure but a failed name resolution is (Refit's
/// <see cref="ApiRequestException"/> wraps them, its <see cref="ApiException"/> carries a failing HTTP status), and so
/// are the server's own failures (<see cref="ServerFailureCodes"/>). Other Kaltura API errors are answers: retrying does
/// not change them, except <see cref="CannotMatchExpectedSize"/> on a call that may close the upload, which means
/// "chunks are still arriving". Retrying is safe for every call the engine makes: a chunk is addressed by offset, reads
/// have no effect, a create is looked up by its marker before it is sent again, and addContent after a lost answer
/// meets ENTRY_ALREADY_WITH_CONTENT.
/// </summary>
public static class TransientFailureClassifier
{
    /// <summary>The final chunk found fewer contiguous bytes than its resumeAt + length.</summary>
    public const string CannotMatchExpectedSize = "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE";

    /// <summary>
    /// Codes the server answers when it failed rather than the request (KalturaFrontController::getExceptionObject):
    /// <c>INTERNAL_SERVERL_ERROR</c> (sic) for any exception it did not map, <c>INTERNAL_DATABASE_ERROR</c> for a
    /// PropelException (lost connection, deadlock), <c>LOCK_TIMED_OUT</c> when another request held a lock the action
    /// needed.
    /// </summary>
    public static readonly FrozenSet<string> ServerFailureCodes =
        FrozenSet.Create(StringComparer.Ordinal, "INTERNAL_SERVERL_ERROR", "INTERNAL_DATABASE_ERROR", "LOCK_TIMED_OUT");

    /// <summary>Whether to retry after <paramref name="exception"/> thrown by the generated client.</summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="callerToken">The caller's token: a cancellation the caller asked for is never retried.</param>
    public static bool IsTransient(Exception exception, CancellationToken callerToken = default) =>
        IsTransient(exception, (exception as KalturaApiException)?.Code, finalizing: false, callerToken);

    /// <summary>Whether to retry after <paramref name="exception"/>.</summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="kalturaErrorCode">The Kaltura error code it carries, if it is an API error.</param>
    /// <param name="finalizing">The call may finalize the token (a final chunk, or any chunk under autoFinalize).</param>
    /// <param name="callerToken">The caller's token: a cancellation the caller asked for is never retried.</param>
    public static bool IsTransient(Exception exception, string? kalturaErrorCode, bool finalizing, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (kalturaErrorCode is not null)
        {
            return ServerFailureCodes.Contains(kalturaErrorCode) || (finalizing && kalturaErrorCode == CannotMatchExpectedSize);
        }

        return exception switch
        {
            OperationCanceledException => !callerToken.IsCancellationRequested,
            TimeoutException or TimeoutRejectedException => true,
            ApiException api => IsTransientStatus(api.StatusCode),
            ApiRequestException request => request.InnerException is { } inner && IsTransient(inner, null, finalizing, callerToken),
            // An unknown host stays unknown: retrying a failed name resolution only delays the error.
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => false,
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => false,
            HttpRequestException http => http.StatusCode is null || IsTransientStatus(http.StatusCode.Value),
            IOException or SocketException => true,
            _ => false,
        };
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
