namespace KalturaGen.Runtime.Sessions;

/// <summary>A fixed KS, sent as is until it is replaced (a KS that expires makes calls fail with <c>EXPIRED_KS</c>).</summary>
/// <param name="ks">The KS; null sends none.</param>
public sealed class KalturaStaticSessionProvider(string? ks) : IKalturaSessionProvider
{
    /// <summary>The KS this provider hands out.</summary>
    public string? Ks { get; } = ks;

    /// <inheritdoc/>
    public ValueTask<string?> GetKsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Ks);
}
