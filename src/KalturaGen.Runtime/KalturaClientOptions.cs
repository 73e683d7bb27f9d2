using KalturaGen.Runtime.Sessions;

namespace KalturaGen.Runtime;

/// <summary>
/// Where and how a Kaltura client sends its requests, and as whom. With dependency injection these are bound from
/// configuration and checked at start (<see cref="KalturaClientOptionsValidator"/>).
/// </summary>
public sealed class KalturaClientOptions
{
    /// <summary>The server root, the part before <c>/api_v3</c>, e.g. <c>https://www.kaltura.com</c>. Required.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// The partner to act for, sent as <c>partnerId</c> when set (impersonation with an admin KS); also the partner
    /// of the sessions generated from <see cref="KalturaSessionOptions.Secret"/>.
    /// </summary>
    public int? PartnerId { get; set; }

    /// <summary>A fixed Kaltura session sent as <c>ks</c>; the client's <c>Ks</c> property starts with this value.</summary>
    public string? Ks { get; set; }

    /// <summary>A session generated from the partner's secret and renewed before it expires (set its <c>Secret</c>).</summary>
    public KalturaSessionOptions Session { get; set; } = new();

    /// <summary>
    /// Your own source of sessions, asked before every call (see <see cref="KalturaDelegateSessionProvider"/>); when
    /// set, <see cref="Ks"/> and <see cref="Session"/> stay unset.
    /// </summary>
    public IKalturaSessionProvider? SessionProvider { get; set; }

    /// <summary>Identifies the calling application in the server's logs (sent as <c>clientTag</c>).</summary>
    public string ClientTag { get; set; } = "kalturagen-dotnet";

    /// <summary>
    /// How long one request may take, from sending to the end of the response (a file result: to its headers).
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off. Default 120 seconds, as in Kaltura's own clients.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The clock the timeout and session renewal run on (tests pass a manual one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where failed calls are logged (category <c>KalturaGen.Runtime.KalturaClient</c>); none when null. With
    /// <c>AddKalturaClient</c> it defaults to the container's <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/>.
    /// </summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The session source these options describe: <see cref="SessionProvider"/>, else a renewing session from
    /// <see cref="KalturaSessionOptions.Secret"/>, else the fixed <see cref="Ks"/>.
    /// </summary>
    internal IKalturaSessionProvider CreateSessionProvider() =>
        SessionProvider
        ?? (string.IsNullOrEmpty(Session?.Secret)
            ? new KalturaStaticSessionProvider(Ks)
            : new KalturaSecretSessionProvider(PartnerId.GetValueOrDefault(), Session, TimeProvider));
}
