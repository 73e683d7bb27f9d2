using System.Security.Cryptography;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// Fills in the secrets of partners configured without them. The default partner (100) gets the
/// documented secrets; any other partner gets its own random 32-hex-digit secrets, as a real account
/// has, listed by the admin API and printed at start-up. Every KS is signed with its partner's admin
/// secret and the v2 header names the partner in clear, so two partners sharing an admin secret would
/// accept each other's sessions with only the header changed: that is refused.
/// </summary>
internal static class PartnerSecrets
{
    /// <summary>Completes missing secrets; throws when two partners have the same admin secret.</summary>
    public static void Complete(IEnumerable<PartnerOptions> partners)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var partner in partners)
        {
            var isDefault = partner.Id == SimulatorDefaults.PartnerId;
            if (string.IsNullOrEmpty(partner.AdminSecret))
            {
                partner.AdminSecret = isDefault ? SimulatorDefaults.AdminSecret : Generate();
            }

            if (string.IsNullOrEmpty(partner.UserSecret))
            {
                partner.UserSecret = isDefault ? SimulatorDefaults.UserSecret : Generate();
            }

            if (owners.TryGetValue(partner.AdminSecret, out var other) && other != partner.Id)
            {
                throw new ArgumentException(
                    $"Partners {other} and {partner.Id} have the same admin secret; a KS of one would open the other. Give each partner its own AdminSecret (or none, for a generated one).",
                    nameof(partners));
            }

            owners[partner.AdminSecret] = partner.Id;
        }
    }

    private static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
