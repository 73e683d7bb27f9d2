using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// The v1 KS (<c>kSessionBase::generateKsV1</c> and <c>parseKsV1</c>): <c>sha1hex(secret . info) . "|" . info</c>,
/// where info is <c>partnerId;partnerId;validUntil;type;rand;userId;privileges;masterPartnerId;additionalData</c>,
/// base64-encoded with the standard alphabet.
/// </summary>
internal static class KsV1Format
{
    /// <summary>Signs the fields with the secret.</summary>
    public static string Generate(string secret, int partnerId, int type, string userId, long validUntil, string privileges, DateTimeOffset now)
    {
        // rand is PHP's microtime(true): seconds with a fraction.
        var rand = (now.ToUnixTimeMilliseconds() / 1000m).ToString(CultureInfo.InvariantCulture);
        var partner = partnerId.ToString(CultureInfo.InvariantCulture);
        var info = $"{partner};{partner};{validUntil.ToString(CultureInfo.InvariantCulture)};{type.ToString(CultureInfo.InvariantCulture)};{rand};{userId};{privileges};;";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(Sign(secret, info) + "|" + info));
    }

    /// <summary>The partner id that <c>parseKsV1</c> looks the secrets up by: the first <c>;</c> field after the <c>|</c>.</summary>
    public static string? ClaimedPartner(string decoded) =>
        decoded.Split('|', 2) is [_, var info] ? info.Split(';')[0] : null;

    /// <summary>The fields, when the signature matches the secret; null otherwise.</summary>
    public static VerifiedKs? Verify(string decoded, string secret)
    {
        if (decoded.Split('|', 2) is not [var hash, var info])
        {
            return null;
        }

        var parts = info.Split(';');
        if (parts.Length < 3 || !string.Equals(Sign(secret, info), hash, StringComparison.Ordinal)
            || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var partnerId))
        {
            return null;
        }

        string Part(int index) => index < parts.Length ? parts[index] : "";
        return new VerifiedKs(
            Version: 1,
            PartnerId: partnerId,
            ValidUntil: PhpCasts.ToInt(parts[2]),
            Type: (int)PhpCasts.ToInt(Part(3)),
            UserId: Part(5),
            Privileges: new SessionPrivileges(Part(6)),
            Hash: hash);
    }

    private static string Sign(string secret, string info) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(secret + info)));
}
