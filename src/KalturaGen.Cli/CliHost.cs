using KalturaGen.Cli.Connection;
using Spectre.Console;

namespace KalturaGen.Cli;

/// <summary>
/// What the commands run against: how a connection is opened and the clock that retry delays, READY polling and the
/// verification wait run on. The process uses <see cref="Default"/>; tests run the commands in-process against their
/// own simulator and a virtual clock.
/// </summary>
/// <param name="Connect">Opens the connection the settings name.</param>
/// <param name="Clock">The clock of every wait.</param>
/// <param name="PromptSecret">Asks for the admin secret when none was given; null (the default) where nobody can answer.</param>
internal sealed record CliHost(
    Func<ConnectionSettings, CancellationToken, Task<CliConnection>> Connect, TimeProvider Clock, Func<string?>? PromptSecret = null)
{
    /// <summary>Real connections, real time; the secret is asked for only when stdin is a terminal.</summary>
    public static CliHost Default { get; } = new(CliConnection.OpenAsync, TimeProvider.System, PromptOnTerminal);

    private static string? PromptOnTerminal() =>
        Console.IsInputRedirected ? null : AnsiConsole.Prompt(new TextPrompt<string>("Admin secret:").Secret());
}
