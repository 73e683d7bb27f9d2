namespace KalturaGen.Cli.Commands;

/// <summary>Names of Kaltura entry and token statuses, for output.</summary>
internal static class EntryStatusNames
{
    public static string Of(string? status) => status switch
    {
        "-2" => "ERROR_IMPORTING",
        "-1" => "ERROR_CONVERTING",
        "0" => "IMPORT",
        "1" => "PRECONVERT",
        "2" => "READY",
        "3" => "DELETED",
        "4" => "PENDING",
        "5" => "MODERATE",
        "6" => "BLOCKED",
        "7" => "NO_CONTENT",
        null => "unknown",
        _ => status,
    };
}
