namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// A KS from your own code, asked before every call: a vault, a token service, <c>session.start</c> on another
/// client. The delegate is called for each call, so cache in it what is expensive to get.
/// </summary>
public sealed class KalturaDelegateSessionProvider : IKalturaSessionProvider
{
    private readonly Func<CancellationToken, ValueTask<string?>> _getKs;

    /// <summary>A provider that asks <paramref name="getKs"/> for the KS of each call.</summary>
    public KalturaDelegateSessionProvider(Func<CancellationToken, ValueTask<string?>> getKs)
    {
        ArgumentNullException.ThrowIfNull(getKs);
        _getKs = getKs;
    }

    /// <inheritdoc/>
    public ValueTask<string?> GetKsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _getKs(cancellationToken);
    }
}
