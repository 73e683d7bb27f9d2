using System.CommandLine;
using KalturaGen.Simulator.Hosting;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// <c>serve</c>: the standalone simulator, configured exactly like the simulator's own program (ASP.NET Core
/// configuration: <c>--urls</c>, <c>--Simulator:ConversionTime</c>, <c>--Simulator:ClockMode manual</c>, environment
/// variables, appsettings).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", ServeOptionsHelp.Text)
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async _ =>
        {
            await StandaloneSimulator.RunAsync([.. parse.UnmatchedTokens], cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
