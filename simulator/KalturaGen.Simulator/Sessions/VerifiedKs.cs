namespace KalturaGen.Simulator.Sessions;

/// <summary>The fields of a KS whose signature matched its partner's admin secret (the members of <c>kSessionBase</c>).</summary>
/// <param name="Version">1 for the SHA-1 signed format, 2 for the AES format.</param>
/// <param name="PartnerId">The partner the KS belongs to.</param>
/// <param name="ValidUntil">Expiry, in Unix seconds.</param>
/// <param name="Type">The raw session type (0 USER, 2 ADMIN; the server counts any value of 1 or more as admin).</param>
/// <param name="UserId">The user, empty for an anonymous session.</param>
/// <param name="Privileges">The privileges, parsed.</param>
/// <param name="Hash">The v1 signature or the v2 SHA-1 in lower-case hex: what <c>session.end</c> invalidates.</param>
internal sealed record VerifiedKs(int Version, int PartnerId, long ValidUntil, int Type, string UserId, SessionPrivileges Privileges, string Hash)
{
    /// <summary><c>kSessionBase::isAdmin</c>: type 1 or more.</summary>
    public bool IsAdmin => Type >= 1;

    /// <summary><c>kSessionBase::isWidgetSession</c>: type 0, anonymous, and <c>widget:1</c> among the privileges.</summary>
    public bool IsWidget => Type == 0 && UserId is ("" or "0") && Privileges.Text.Contains("widget:1", StringComparison.Ordinal);

    /// <summary><c>kSessionBase::isValidBase</c>'s expiry test: <c>valid_until &lt;= time()</c>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ValidUntil <= now.ToUnixTimeSeconds();
}
