using System.CommandLine;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

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
            var builder = WebApplication.CreateBuilder([.. parse.UnmatchedTokens]);
            var runtime = new SimulatorRuntime(SimulatorConfiguration.Read(builder.Configuration));
            builder.ConfigureForUploads();
            builder.Services.AddSimulator(runtime);
            await using var app = builder.Build();
            app.MapSimulator();
            app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app.Urls, runtime));
            app.Lifetime.ApplicationStopped.Register(runtime.Dispose);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
