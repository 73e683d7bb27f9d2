namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// A session generated on the client from the partner's secret, as Kaltura's own clients do
/// (<see cref="KalturaSession.GenerateV2"/>), and renewed before it expires (<see cref="KalturaSecretSessionProvider"/>).
/// The partner is <see cref="KalturaClientOptions.PartnerId"/>.
/// </summary>
public sealed class KalturaSessionOptions
{
    /// <summary>The partner's admin secret (or its user secret, for USER sessions); null: no generated session.</summary>
    public string? Secret { get; set; }

    /// <summary>The session type. Default <see cref="KsType.User"/>, as <c>session.start</c>.</summary>
    public KsType Type { get; set; } = KsType.User;

    /// <summary>The user the session acts as; null or empty for an anonymous session.</summary>
    public string? UserId { get; set; }

    /// <summary>Comma-separated privileges, e.g. <c>disableentitlement</c> or <c>list:*,edit:0_abc</c>.</summary>
    public string? Privileges { get; set; }

    /// <summary>
    /// The lifetime of each generated KS, in whole seconds (default one day, 86,400 s, as <c>session.start</c>). A new
    /// KS replaces it once <see cref="KalturaSecretSessionProvider.RenewalFraction"/> of this lifetime has passed.
    /// </summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromDays(1);
}
