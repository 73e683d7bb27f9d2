namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// A KS generated from the partner's secret (v2, <see cref="KalturaSession.GenerateV2"/>) and renewed on the clock:
/// each KS is handed out until <see cref="RenewalFraction"/> of its lifetime has passed, then a new one replaces it,
/// so no call goes out with a KS that is expired or about to expire. Thread-safe: concurrent callers share one KS.
/// </summary>
public sealed class KalturaSecretSessionProvider : IKalturaSessionProvider
{
    /// <summary>The part of a KS's lifetime after which it is renewed (90%: a one-day KS is renewed after 21.6 hours).</summary>
    public const double RenewalFraction = 0.9;

    private readonly Lock _sync = new();
    private readonly string _secret;
    private readonly int _partnerId;
    private readonly KsType _type;
    private readonly string? _userId;
    private readonly string? _privileges;
    private readonly int _expirySeconds;
    private readonly TimeProvider _clock;
    private string? _ks;
    private DateTimeOffset _renewAt;

    /// <summary>A provider generating sessions of <paramref name="partnerId"/> as <paramref name="options"/> describe.</summary>
    /// <param name="partnerId">The partner the sessions belong to.</param>
    /// <param name="options">Secret, type, user, privileges and lifetime (copied: later changes do not apply).</param>
    /// <param name="clock">The clock that dates each KS and decides when to renew it (default: the system clock).</param>
    public KalturaSecretSessionProvider(int partnerId, KalturaSessionOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Secret, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partnerId);
        if (options.Expiry < TimeSpan.FromSeconds(1) || options.Expiry.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Expiry, "The session expiry must be at least one second.");
        }

        _secret = options.Secret;
        _partnerId = partnerId;
        _type = options.Type;
        _userId = options.UserId;
        _privileges = options.Privileges;
        _expirySeconds = (int)options.Expiry.TotalSeconds;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The current KS: the one already issued, or a new one when none is or the current one is due for renewal.</summary>
    public string Current
    {
        get
        {
            lock (_sync)
            {
                var now = _clock.GetUtcNow();
                if (_ks is null || now >= _renewAt)
                {
                    // The KS counts its lifetime from the whole second it is dated with (PHP's time()), so renewal does too.
                    var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
                    _ks = KalturaSession.GenerateV2(_secret, _partnerId, _type, _userId, _expirySeconds, _privileges, _clock);
                    _renewAt = issuedAt + TimeSpan.FromSeconds(_expirySeconds * RenewalFraction);
                }

                return _ks;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<string?> GetKsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<string?>(Current);
    }
}
