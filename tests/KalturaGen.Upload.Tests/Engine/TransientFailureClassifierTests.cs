using System.Net;
using System.Net.Sockets;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using Polly.Timeout;

namespace KalturaGen.Upload.Tests.Engine;

public sealed class TransientFailureClassifierTests
{
    public static TheoryData<Exception> TransportFailures() =>
    [
        new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway),
        new HttpRequestException("unavailable", null, HttpStatusCode.ServiceUnavailable),
        new HttpRequestException("internal", null, HttpStatusCode.InternalServerError),
        new HttpRequestException("throttled", null, HttpStatusCode.TooManyRequests),
        new HttpRequestException("request timeout", null, HttpStatusCode.RequestTimeout),
        new HttpRequestException("connection reset"),
        new IOException("The response ended prematurely."),
        new SocketException((int)SocketError.ConnectionReset),
        new TimeoutException(),
        new TimeoutRejectedException(),
        new TaskCanceledException("HttpClient.Timeout elapsed"),
    ];

    [Theory]
    [MemberData(nameof(TransportFailures))]
    public void TransportFailuresAreRetried(Exception failure)
    {
        Assert.True(TransientFailureClassifier.IsTransient(failure, kalturaErrorCode: null, finalizing: false, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public void ClientHttpErrorsAreNotRetried(HttpStatusCode status)
    {
        var failure = new HttpRequestException("client error", null, status);

        Assert.False(TransientFailureClassifier.IsTransient(failure, null, finalizing: true, CancellationToken.None));
    }

    [Fact]
    public void CancellationTheCallerAskedForIsNotRetried()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(TransientFailureClassifier.IsTransient(new OperationCanceledException(cancelled.Token), null, false, cancelled.Token));
    }

    [Fact]
    public void CannotMatchExpectedSizeIsRetriedOnlyWhenFinalizing()
    {
        var failure = new InvalidOperationException("api error");

        Assert.True(TransientFailureClassifier.IsTransient(failure, "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", finalizing: true, CancellationToken.None));
        Assert.False(TransientFailureClassifier.IsTransient(failure, "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", finalizing: false, CancellationToken.None));
    }

    [Theory]
    [InlineData("INTERNAL_SERVERL_ERROR")]
    [InlineData("INTERNAL_DATABASE_ERROR")]
    [InlineData("LOCK_TIMED_OUT")]
    public void TheServersOwnFailuresAreRetriedOnEveryCall(string code)
    {
        var failure = new KalturaApiException(code, "server failure", new Dictionary<string, string>(), "{}");

        Assert.True(TransientFailureClassifier.IsTransient(failure, code, finalizing: false, CancellationToken.None));
        Assert.True(TransientFailureClassifier.IsTransient(failure, code, finalizing: true, CancellationToken.None));
        Assert.True(TransientFailureClassifier.IsTransient(failure));
    }

    [Fact]
    public void AKalturaErrorReadFromTheExceptionIsClassifiedByItsCode()
    {
        var answer = new KalturaApiException("ENTRY_ID_NOT_FOUND", "Entry id \"0_x\" not found", new Dictionary<string, string>(), "{}");

        Assert.False(TransientFailureClassifier.IsTransient(answer));
    }

    [Theory]
    [InlineData("UPLOAD_TOKEN_NOT_FOUND")]
    [InlineData("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD")]
    [InlineData("UPLOAD_TOKEN_CANNOT_RESUME")]
    [InlineData("INVALID_KS")]
    [InlineData("ENTRY_ID_NOT_FOUND")]
    [InlineData("SERVICE_FORBIDDEN")]
    [InlineData("UPLOAD_ERROR")]
    public void OtherKalturaErrorsAreNotRetried(string code)
    {
        // An API error wrapping a transport-looking exception is still an API answer.
        var failure = new IOException("api error");

        Assert.False(TransientFailureClassifier.IsTransient(failure, code, finalizing: true, CancellationToken.None));
    }

    [Fact]
    public void UnknownExceptionsAreNotRetried()
    {
        Assert.False(TransientFailureClassifier.IsTransient(new ArgumentException("bug"), null, false, CancellationToken.None));
    }

    [Fact]
    public void AnUnknownHostIsNotRetried()
    {
        var dns = new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known.", new SocketException((int)SocketError.HostNotFound));

        Assert.False(TransientFailureClassifier.IsTransient(dns));
        Assert.False(TransientFailureClassifier.IsTransient(new SocketException((int)SocketError.HostNotFound)));
        Assert.True(TransientFailureClassifier.IsTransient(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))));
    }
}
