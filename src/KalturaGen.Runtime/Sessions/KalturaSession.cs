using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// Builds and verifies Kaltura sessions (KS) exactly as the Kaltura server does, so a KS made
/// locally from the admin secret is accepted by a real server and by the simulator.
/// </summary>
public static class KalturaSession
{
    private const int RandomSize = 16;
    private const int Sha1Size = 20;
    private const string V2Prefix = "v2|";

    /// <summary>
    /// Builds a v2 KS: the fields as a query string, prefixed by 16 random bytes and their SHA-1,
    /// AES-128-CBC encrypted (zero IV, zero padding) with the first 16 bytes of SHA-1(secret),
    /// then <c>base64("v2|{partnerId}|" + cipher)</c> with the URL-safe alphabet.
    /// </summary>
    /// <param name="adminSecret">The partner's admin secret (also used to sign USER sessions).</param>
    /// <param name="partnerId">The partner id.</param>
    /// <param name="type">User or admin session.</param>
    /// <param name="userId">The user id; null or empty for an anonymous session.</param>
    /// <param name="expirySeconds">Lifetime in seconds from now.</param>
    /// <param name="privileges">Comma-separated privileges, e.g. <c>list:*,edit:0_abc</c>.</param>
    /// <param name="clock">The clock that defines "now"; the system clock when null.</param>
    /// <returns>The KS string.</returns>
    public static string GenerateV2(
        string adminSecret,
        int partnerId,
        KsType type,
        string? userId = null,
        int expirySeconds = 86400,
        string? privileges = null,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(adminSecret);
        var validUntil = Now(clock) + expirySeconds;
        return EncodeV2(adminSecret, partnerId, (int)type, userId ?? "", validUntil, privileges, RandomNumberGenerator.GetBytes(RandomSize));
    }

    /// <summary>
    /// Builds a legacy v1 KS: <c>base64(sha1hex(secret + info) + "|" + info)</c> where info is
    /// <c>partnerId;partnerId;validUntil;type;rand;userId;privileges;masterPartnerId;additionalData</c>.
    /// </summary>
    /// <inheritdoc cref="GenerateV2" path="/param"/>
    /// <returns>The KS string.</returns>
    public static string GenerateV1(
        string adminSecret,
        int partnerId,
        KsType type,
        string? userId = null,
        int expirySeconds = 86400,
        string? privileges = null,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(adminSecret);
        var now = Now(clock);
        var validUntil = now + expirySeconds;
        // PHP's microtime(true): the current time as a float.
        var rand = (now + Random.Shared.NextDouble()).ToString("0.####", CultureInfo.InvariantCulture);
        return EncodeV1(adminSecret, partnerId, (int)type, userId ?? "", validUntil, privileges, rand);
    }

    /// <summary>
    /// Reads the partner id a KS claims, without verifying it (the verifier needs it to find the secret).
    /// </summary>
    /// <param name="ks">The KS string.</param>
    /// <param name="partnerId">The partner id, when the KS is well-formed enough to carry one.</param>
    /// <returns>True when a partner id could be read.</returns>
    public static bool TryReadPartnerId(string? ks, out int partnerId)
    {
        partnerId = 0;
        var decoded = DecodeBase64(ks);
        if (decoded is null)
        {
            return false;
        }

        var text = Encoding.Latin1.GetString(decoded);
        string? candidate;
        if (text.StartsWith(V2Prefix, StringComparison.Ordinal))
        {
            var parts = text.Split('|', 3);
            candidate = parts.Length == 3 ? parts[1] : null;
        }
        else
        {
            var bar = text.IndexOf('|');
            candidate = bar >= 0 ? text[(bar + 1)..].Split(';')[0] : null;
        }

        return int.TryParse(candidate, NumberStyles.Integer, CultureInfo.InvariantCulture, out partnerId);
    }

    /// <summary>
    /// Verifies a v1 or v2 KS against one admin secret and returns its fields. Expiry is not checked
    /// here (the server checks it later, with a different error): use <see cref="KalturaSessionInfo.IsExpiredAt"/>.
    /// </summary>
    /// <param name="ks">The KS string (standard or URL-safe base64).</param>
    /// <param name="adminSecret">The secret to verify the signature with.</param>
    /// <param name="session">The verified fields.</param>
    /// <returns>False when the KS cannot be decoded or its signature does not match.</returns>
    public static bool TryParse(string? ks, string adminSecret, out KalturaSessionInfo? session)
    {
        session = null;
        var decoded = DecodeBase64(ks);
        if (decoded is null || adminSecret is null)
        {
            return false;
        }

        session = decoded.AsSpan().StartsWith("v2|"u8)
            ? ParseV2(decoded, adminSecret)
            : ParseV1(decoded, adminSecret);
        return session is not null;
    }

    internal static string EncodeV2(
        string adminSecret, int partnerId, int type, string userId, long validUntil, string? privileges, byte[] random)
    {
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (var raw in (privileges ?? "").Split(','))
        {
            var privilege = raw.Trim();
            if (privilege.Length == 0 || privilege == "0")
            {
                continue; // PHP skips falsy privileges ("" and "0")
            }

            if (privilege == "*")
            {
                privilege = "all:*";
            }

            var colon = privilege.IndexOf(':');
            var name = colon >= 0 ? privilege[..colon] : privilege;
            var value = colon >= 0 ? privilege[(colon + 1)..] : "";
            SetField(fields, name, value);
        }

        SetField(fields, "_e", validUntil.ToString(CultureInfo.InvariantCulture));
        SetField(fields, "_t", type.ToString(CultureInfo.InvariantCulture));
        SetField(fields, "_u", userId);
        SetField(fields, "_m", null);
        SetField(fields, "_d", null);

        var fieldBytes = Encoding.UTF8.GetBytes(PhpQueryString.Build(fields));
        var salted = Concat(random, fieldBytes);
        var plain = Concat(SHA1.HashData(salted), salted);
        var cipher = AesZeroPadded(adminSecret, plain, encrypt: true);
        var prefix = Encoding.ASCII.GetBytes($"{V2Prefix}{partnerId.ToString(CultureInfo.InvariantCulture)}|");
        return Convert.ToBase64String(Concat(prefix, cipher)).Replace('+', '-').Replace('/', '_');
    }

    internal static string EncodeV1(
        string adminSecret, int partnerId, int type, string userId, long validUntil, string? privileges, string rand)
    {
        var pid = partnerId.ToString(CultureInfo.InvariantCulture);
        var info = string.Join(';', pid, pid, validUntil.ToString(CultureInfo.InvariantCulture),
            type.ToString(CultureInfo.InvariantCulture), rand, userId, privileges ?? "", "", "");
        var signature = Sha1Hex(adminSecret + info);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(signature + "|" + info));
    }

    private static KalturaSessionInfo? ParseV2(byte[] decoded, string adminSecret)
    {
        var firstBar = Array.IndexOf(decoded, (byte)'|');
        var secondBar = Array.IndexOf(decoded, (byte)'|', firstBar + 1);
        if (secondBar < 0)
        {
            return null;
        }

        var partnerText = Encoding.ASCII.GetString(decoded, firstBar + 1, secondBar - firstBar - 1);
        var cipher = decoded.AsSpan(secondBar + 1).ToArray();
        if (cipher.Length == 0 || cipher.Length % 16 != 0
            || !int.TryParse(partnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var partnerId))
        {
            return null;
        }

        var plain = AesZeroPadded(adminSecret, cipher, encrypt: false).AsSpan().TrimEnd((byte)0);
        if (plain.Length < Sha1Size + RandomSize)
        {
            return null;
        }

        var hash = plain[..Sha1Size];
        var salted = plain[Sha1Size..];
        if (!SHA1.HashData(salted).AsSpan().SequenceEqual(hash))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var privileges = new List<string>();
        foreach (var (key, value) in PhpQueryString.Parse(Encoding.UTF8.GetString(salted[RandomSize..])))
        {
            if (key is "_e" or "_t" or "_u" or "_m" or "_d")
            {
                values[key] = value;
            }
            else
            {
                privileges.Add(value.Length > 0 ? $"{key}:{value}" : key);
            }
        }

        var privilegeText = string.Join(',', privileges);
        return new KalturaSessionInfo(
            Version: 2,
            PartnerId: partnerId,
            ValidUntil: ParseLong(values.GetValueOrDefault("_e")),
            Type: (int)ParseLong(values.GetValueOrDefault("_t")),
            UserId: values.GetValueOrDefault("_u") ?? "",
            Privileges: privilegeText == "all:*" ? "*" : privilegeText,
            MasterPartnerId: values.GetValueOrDefault("_m"),
            AdditionalData: values.GetValueOrDefault("_d"),
            Hash: Convert.ToHexStringLower(hash));
    }

    private static KalturaSessionInfo? ParseV1(byte[] decoded, string adminSecret)
    {
        var text = Encoding.UTF8.GetString(decoded);
        var bar = text.IndexOf('|');
        if (bar < 0)
        {
            return null;
        }

        var hash = text[..bar];
        var info = text[(bar + 1)..];
        var parts = info.Split(';');
        if (parts.Length < 3 || !string.Equals(Sha1Hex(adminSecret + info), hash, StringComparison.Ordinal)
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var partnerId))
        {
            return null;
        }

        string? Part(int index) => parts.Length > index ? parts[index] : null;
        return new KalturaSessionInfo(
            Version: 1,
            PartnerId: partnerId,
            ValidUntil: ParseLong(parts[2]),
            Type: (int)ParseLong(Part(3)),
            UserId: Part(5) ?? "",
            Privileges: Part(6) ?? "",
            MasterPartnerId: NullIfEmpty(Part(7)),
            AdditionalData: NullIfEmpty(Part(8)),
            Hash: hash);
    }

    private static void SetField(List<KeyValuePair<string, string?>> fields, string key, string? value)
    {
        // PHP array assignment: a repeated key keeps its position and takes the new value.
        var index = fields.FindIndex(f => f.Key == key);
        if (index >= 0)
        {
            fields[index] = new(key, value);
        }
        else
        {
            fields.Add(new(key, value));
        }
    }

    private static byte[] AesZeroPadded(string secret, byte[] data, bool encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = SHA1.HashData(Encoding.UTF8.GetBytes(secret)).AsSpan(0, 16).ToArray();
        var iv = new byte[16];
        if (encrypt)
        {
            return aes.EncryptCbc(data, iv, PaddingMode.Zeros);
        }

        return aes.DecryptCbc(data, iv, PaddingMode.None);
    }

    private static byte[]? DecodeBase64(string? ks)
    {
        if (string.IsNullOrEmpty(ks))
        {
            return null;
        }

        var standard = ks.Replace('-', '+').Replace('_', '/');
        if (standard.Length % 4 != 0)
        {
            standard = standard.PadRight(standard.Length + 4 - (standard.Length % 4), '=');
        }

        try
        {
            var bytes = Convert.FromBase64String(standard);
            return bytes.Length == 0 ? null : bytes;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static long Now(TimeProvider? clock) => (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();

    private static string Sha1Hex(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var result = new byte[first.Length + second.Length];
        first.CopyTo(result, 0);
        second.CopyTo(result, first.Length);
        return result;
    }

    private static long ParseLong(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
