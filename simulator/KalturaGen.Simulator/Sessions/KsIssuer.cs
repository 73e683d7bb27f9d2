namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// Issues a partner's KS as <c>kSessionBase::generateSession</c> does: signed with the partner's admin secret (for USER
/// sessions too), in the partner's KS version (<c>Partner::getKSVersion</c>), valid for <c>time() + expiry</c>.
/// </summary>
internal static class KsIssuer
{
    /// <summary>A KS of <paramref name="partner"/> dated by <paramref name="clock"/>.</summary>
    /// <param name="partner">The partner; its <see cref="PartnerOptions.KsVersion"/> picks the format unless <paramref name="version"/> does.</param>
    /// <param name="type">The raw session type (0 USER, 2 ADMIN).</param>
    /// <param name="userId">The user; null or empty for an anonymous session.</param>
    /// <param name="expirySeconds">Lifetime from now (0 gives an already expired KS, as the server does).</param>
    /// <param name="privileges">Comma-separated privileges.</param>
    /// <param name="clock">The simulator's clock.</param>
    /// <param name="version">1 or 2; null for the partner's version.</param>
    public static string Issue(PartnerOptions partner, int type, string? userId, int expirySeconds, string? privileges, TimeProvider clock, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var validUntil = now.ToUnixTimeSeconds() + expirySeconds;
        return (version ?? partner.KsVersion) == 1
            ? KsV1Format.Generate(partner.AdminSecret, partner.Id, type, userId ?? "", validUntil, privileges ?? "", now)
            : KsV2Format.Generate(partner.AdminSecret, partner.Id, type, userId ?? "", validUntil, privileges ?? "");
    }
}
