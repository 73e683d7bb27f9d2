namespace KalturaGen.Runtime.Sessions;

/// <summary>The fields of a KS whose signature has been verified.</summary>
/// <param name="Version">1 for the legacy SHA-1 format, 2 for the AES format.</param>
/// <param name="PartnerId">The partner the KS belongs to.</param>
/// <param name="ValidUntil">Expiry, in Unix seconds.</param>
/// <param name="Type">The raw session type (0 user, 2 admin; any value of 1 or more counts as admin).</param>
/// <param name="UserId">The user id, empty for an anonymous session.</param>
/// <param name="Privileges">The privilege string, comma separated (<c>*</c> for all).</param>
/// <param name="MasterPartnerId">The master partner id, when the KS carries one.</param>
/// <param name="AdditionalData">Free-form additional data, when the KS carries it.</param>
/// <param name="Hash">The signature (v1) or SHA-1 of the fields (v2), in lower-case hex; identifies the KS.</param>
public sealed record KalturaSessionInfo(
    int Version,
    int PartnerId,
    long ValidUntil,
    int Type,
    string UserId,
    string Privileges,
    string? MasterPartnerId,
    string? AdditionalData,
    string Hash)
{
    /// <summary>True for admin sessions (the server treats any type of 1 or more as admin).</summary>
    public bool IsAdmin => Type >= 1;

    /// <summary>True when <see cref="ValidUntil"/> is at or before <paramref name="now"/>, as the server checks it.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ValidUntil <= now.ToUnixTimeSeconds();

    /// <summary>
    /// The privileges parsed as the server does: name to the list of its <c>/</c>-separated values
    /// (an empty list for a bare name).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ParsedPrivileges => KsPrivileges.Parse(Privileges);

    /// <summary>
    /// Whether the KS grants <paramref name="name"/> for <paramref name="value"/>: <c>*</c> alone grants
    /// everything, and <c>name:*</c> grants any value of that name.
    /// </summary>
    public bool HasPrivilege(string name, string value) => KsPrivileges.Verify(Privileges, name, value);
}
