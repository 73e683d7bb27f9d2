using System.CommandLine;
using KalturaGen.Runtime;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// Runs a command body and turns its outcome into an exit code with a one-line reason on stderr: bad input 2,
/// failure 1, Ctrl-C 130 (the state stays resumable).
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult parse, Func<TextWriter, Task<int>> body)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return await body(output).ConfigureAwait(false);
        }
        catch (CliInputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: run the same command again to resume.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: {OneLine(e)}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    /// <summary>The exception as one line; a Kaltura error leads with its code; a refused session never shows its KS.</summary>
    public static string OneLine(Exception e) =>
        (CredentialErrors.Find(e) is { } credentials ? CredentialErrors.Describe(credentials)
            : e is KalturaApiException api ? $"{api.Code}: {api.Message}"
            : e.Message).ReplaceLineEndings(" ");
}
