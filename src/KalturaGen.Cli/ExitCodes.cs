namespace KalturaGen.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An upload, an entry or a verification failed.</summary>
    public const int Failed = 1;

    /// <summary>The command line or its inputs are wrong (a missing file, an invalid option).</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl-C); running the same command again resumes.</summary>
    public const int Cancelled = 130;
}
