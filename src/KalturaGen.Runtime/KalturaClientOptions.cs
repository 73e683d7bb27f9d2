namespace KalturaGen.Runtime;

/// <summary>Where and how a Kaltura client sends its requests.</summary>
public sealed class KalturaClientOptions
{
    /// <summary>The server root, the part before <c>/api_v3</c> (default <c>https://www.kaltura.com/</c>).</summary>
    public Uri ServiceUrl { get; set; } = new("https://www.kaltura.com/");

    /// <summary>The partner to act for, sent as <c>partnerId</c> when set (impersonation with an admin KS).</summary>
    public int? PartnerId { get; set; }

    /// <summary>The Kaltura session sent as <c>ks</c>; the client's <c>Ks</c> property starts with this value.</summary>
    public string? Ks { get; set; }

    /// <summary>Identifies the calling application in the server's logs (sent as <c>clientTag</c>).</summary>
    public string ClientTag { get; set; } = "kalturagen-dotnet";

    /// <summary>
    /// How long one request may take, from sending to the end of the response (a file result: to its headers).
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off. Default 120 seconds, as in Kaltura's own clients.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The clock the timeout runs on (tests pass a manual one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
