using KalturaGen.Runtime;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// The server's answers that mean the session was refused. Their messages quote the KS, a credential, so the CLI
/// replaces them with what to check instead of printing them.
/// </summary>
internal static class CredentialErrors
{
    private static readonly HashSet<string> Codes =
        ["INVALID_KS", "EXPIRED_KS", "KS_EXPIRED", "MISSING_KS", "INVALID_PARTNER_ID", "SERVICE_FORBIDDEN"];

    /// <summary>The credential error in <paramref name="e"/> or its causes, if there is one.</summary>
    public static KalturaApiException? Find(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is KalturaApiException api && Codes.Contains(api.Code))
            {
                return api;
            }
        }

        return null;
    }

    /// <summary>A line naming the code and the settings to check; never the KS.</summary>
    public static string Describe(KalturaApiException e) =>
        $"{e.Code}: the server refused the session signed from the admin secret (the KS is not shown); check "
        + "--admin-secret (KALTURA_ADMIN_SECRET) and --partner-id (KALTURA_PARTNER_ID) against the account on --service-url.";
}
