using System.Globalization;
using System.Text;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// Reads a KS as <c>kSessionBase::parseKS</c> does: URL-safe characters turned back, a strict base64 decode, then the
/// v2 form when it starts with <c>v2|</c> and the v1 form otherwise, verified with the claimed partner's admin secret.
/// </summary>
internal static class KsReader
{
    /// <summary>The partner a KS names (unverified: the verifier needs it to find the secret).</summary>
    public static bool TryReadPartnerId(string? ks, out int partnerId)
    {
        partnerId = 0;
        var decoded = Decode(ks);
        var claimed = decoded is null ? null
            : IsV2(decoded) ? KsV2Format.ClaimedPartner(decoded)
            : KsV1Format.ClaimedPartner(Encoding.UTF8.GetString(decoded));
        return int.TryParse(claimed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out partnerId);
    }

    /// <summary>The KS's fields when its signature matches <paramref name="adminSecret"/>; null otherwise. Expiry is not checked here.</summary>
    public static VerifiedKs? Verify(string? ks, string adminSecret)
    {
        ArgumentNullException.ThrowIfNull(adminSecret);
        var decoded = Decode(ks);
        if (decoded is null)
        {
            return null;
        }

        return IsV2(decoded) ? KsV2Format.Verify(decoded, adminSecret) : KsV1Format.Verify(Encoding.UTF8.GetString(decoded), adminSecret);
    }

    private static bool IsV2(byte[] decoded) => decoded.AsSpan().StartsWith("v2|"u8);

    // base64_decode($ks, true) after str_replace(['-', '_'], ['+', '/']); PHP's strict mode accepts missing padding.
    private static byte[]? Decode(string? ks)
    {
        if (string.IsNullOrEmpty(ks))
        {
            return null;
        }

        var text = ks.Replace('-', '+').Replace('_', '/');
        text += new string('=', (4 - (text.Length % 4)) % 4);
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0 ? buffer[..written] : null;
    }
}
