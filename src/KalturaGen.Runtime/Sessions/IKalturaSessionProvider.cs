namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// Where a client gets the Kaltura session (KS) it sends: asked before every call (a multirequest is one call), so an
/// implementation can renew or fetch the KS as it goes. Implementations must be safe to call concurrently.
/// </summary>
/// <remarks>
/// The SDK ships three: <see cref="KalturaStaticSessionProvider"/> (a fixed KS: what <c>client.Ks = ...</c> sets),
/// <see cref="KalturaSecretSessionProvider"/> (generated from the partner's secret and renewed before it expires) and
/// <see cref="KalturaDelegateSessionProvider"/> (your own code).
/// </remarks>
public interface IKalturaSessionProvider
{
    /// <summary>The KS to send with the call about to be made; null sends none.</summary>
    /// <param name="cancellationToken">The call's cancellation (and timeout).</param>
    ValueTask<string?> GetKsAsync(CancellationToken cancellationToken);
}
