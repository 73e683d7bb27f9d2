using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// The v2 KS (<c>kSessionBase::generateKsV2</c> and <c>parseKsV2</c>): the fields as a query string behind 16 random
/// bytes and their SHA-1, AES-128-CBC encrypted (key: the first 16 bytes of SHA-1(secret), zero IV, zero padding),
/// then <c>"v2|{partnerId}|" . cipher</c> in URL-safe base64.
/// </summary>
internal static class KsV2Format
{
    private const int Sha1Length = 20;
    private const int RandomLength = 16;
    private static readonly string[] Reserved = ["_e", "_t", "_u", "_m", "_d"];

    /// <summary>Encrypts the fields with the secret.</summary>
    public static string Generate(string secret, int partnerId, int type, string userId, long validUntil, string privileges)
    {
        var fields = new List<(string Name, string? Value)>();
        foreach (var raw in privileges.Split(','))
        {
            var privilege = raw.Trim();
            if (privilege is "" or "0")
            {
                continue; // PHP's `if (!$privilege) continue;`
            }

            var split = (privilege == "*" ? "all:*" : privilege).Split(':', 2);
            Put(fields, split[0], split.Length > 1 ? split[1] : "");
        }

        Put(fields, "_e", validUntil.ToString(CultureInfo.InvariantCulture));
        Put(fields, "_t", type.ToString(CultureInfo.InvariantCulture));
        Put(fields, "_u", userId);
        Put(fields, "_m", null);
        Put(fields, "_d", null);

        var salted = RandomNumberGenerator.GetBytes(RandomLength).Concat(Encoding.UTF8.GetBytes(PhpUrlQuery.Build(fields))).ToArray();
        var plain = SHA1.HashData(salted).Concat(salted).ToArray();
        using var aes = CreateAes(secret);
        var cipher = aes.EncryptCbc(plain, new byte[16], PaddingMode.Zeros);
        var ks = Encoding.ASCII.GetBytes($"v2|{partnerId.ToString(CultureInfo.InvariantCulture)}|").Concat(cipher).ToArray();
        return Convert.ToBase64String(ks).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The partner id between the first two <c>|</c> of a decoded v2 KS.</summary>
    public static string? ClaimedPartner(byte[] decoded) => Split(decoded)?.Partner;

    /// <summary>The fields of a decoded KS starting with <c>v2|</c>, when it decrypts with the secret to a matching SHA-1; null otherwise.</summary>
    public static VerifiedKs? Verify(byte[] decoded, string secret)
    {
        if (Split(decoded) is not ({ } partnerText, { } cipher) || cipher.Length == 0 || cipher.Length % 16 != 0
            || !int.TryParse(partnerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var partnerId))
        {
            return null;
        }

        using var aes = CreateAes(secret);
        var plain = aes.DecryptCbc(cipher, new byte[16], PaddingMode.None).AsSpan().TrimEnd((byte)0);
        if (plain.Length < Sha1Length || !SHA1.HashData(plain[Sha1Length..]).AsSpan().SequenceEqual(plain[..Sha1Length]))
        {
            return null;
        }

        var fields = plain[Sha1Length..];
        var query = Encoding.UTF8.GetString(fields[Math.Min(RandomLength, fields.Length)..]);
        var reserved = new Dictionary<string, string>(StringComparer.Ordinal);
        var privileges = new List<string>();
        foreach (var (name, value) in PhpUrlQuery.Parse(query))
        {
            if (Reserved.Contains(name))
            {
                reserved[name] = value;
            }
            else
            {
                privileges.Add(value.Length > 0 ? name + ":" + value : name);
            }
        }

        var privilegeText = string.Join(',', privileges);
        return new VerifiedKs(
            Version: 2,
            PartnerId: partnerId,
            ValidUntil: PhpCasts.ToInt(reserved.GetValueOrDefault("_e", "")),
            Type: (int)PhpCasts.ToInt(reserved.GetValueOrDefault("_t", "")),
            UserId: reserved.GetValueOrDefault("_u", ""),
            Privileges: new SessionPrivileges(privilegeText == "all:*" ? "*" : privilegeText),
            Hash: Convert.ToHexStringLower(plain[..Sha1Length]));
    }

    // explode('|', $decodedKs, 3): the version, the partner id and the cipher (which may hold '|' bytes itself).
    private static (string Partner, byte[] Cipher)? Split(byte[] decoded)
    {
        var first = Array.IndexOf(decoded, (byte)'|');
        var second = first < 0 ? -1 : Array.IndexOf(decoded, (byte)'|', first + 1);
        return second < 0 ? null : (Encoding.Latin1.GetString(decoded, first + 1, second - first - 1), decoded[(second + 1)..]);
    }

    // A PHP array assignment: a name already set keeps its place and takes the new value.
    private static void Put(List<(string Name, string? Value)> fields, string name, string? value)
    {
        var at = fields.FindIndex(f => f.Name == name);
        if (at >= 0)
        {
            fields[at] = (name, value);
        }
        else
        {
            fields.Add((name, value));
        }
    }

    private static Aes CreateAes(string secret)
    {
        var aes = Aes.Create();
        aes.Key = SHA1.HashData(Encoding.UTF8.GetBytes(secret))[..16];
        return aes;
    }
}
