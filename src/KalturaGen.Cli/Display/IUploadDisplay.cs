using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Display;

/// <summary>Shows upload progress while a piece of work runs: live bars on a terminal, plain lines otherwise.</summary>
internal interface IUploadDisplay
{
    Task<T> RunAsync<T>(Func<IProgress<UploadProgress>, Task<T>> work);

    /// <summary>A line of information outside the progress display (e.g. "resumed x from byte N").</summary>
    void Note(string message);
}

internal static class UploadDisplay
{
    /// <summary>Live bars when stdout is an interactive terminal; plain lines when it is redirected (CI, pipes).</summary>
    public static IUploadDisplay ForConsole(TextWriter output) =>
        !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive
            ? new LiveBarsDisplay()
            : new PlainLinesDisplay(output);
}
