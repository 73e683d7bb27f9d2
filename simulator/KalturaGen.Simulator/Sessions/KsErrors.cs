using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// The INVALID_KS forms of reference §3.5. Validation failures carry the error name as KSID with
/// <c>-1,INVALID_STR</c>, because the server maps every core INVALID_KS that way.
/// </summary>
internal static class KsErrors
{
    /// <summary>Undecodable, badly signed, or of an unknown partner.</summary>
    public static ApiException InvalidString(string ks) => new("INVALID_KS", ks, -1, "INVALID_STR");

    /// <summary>Valid signature, but expired.</summary>
    public static ApiException Expired() => new("INVALID_KS", "EXPIRED", -1, "INVALID_STR");

    /// <summary>Ended with session.end.</summary>
    public static ApiException LoggedOut() => new("INVALID_KS", "LOGOUT", -1, "INVALID_STR");

    /// <summary>The iprestrict privilege does not include the caller's address.</summary>
    public static ApiException RestrictedIp() => new("INVALID_KS", "EXCEEDED_RESTRICTED_IP", -1, "INVALID_STR");

    /// <summary>The urirestrict privilege does not match the request URI.</summary>
    public static ApiException RestrictedUri() => new("INVALID_KS", "EXCEEDED_RESTRICTED_URI", -1, "INVALID_STR");

    /// <summary>The actionslimit privilege is used up.</summary>
    public static ApiException ActionsLimit() => new("INVALID_KS", "EXCEEDED_ACTIONS_LIMIT", -1, "INVALID_STR");

    /// <summary>Ownership or user mismatch (or no KS where one is needed to edit).</summary>
    public static ApiException InvalidType() => new("INVALID_KS", "", -4, "INVALID_TYPE");
}
