using System.CommandLine;
using KalturaGen.Cli;
using KalturaGen.Cli.Connection;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// Runs <c>kalturagen</c> command lines inside the test process, parsed by the real root command, against a harness's
/// simulator and on its auto-advancing clock (retry delays, READY polling and the verification wait take no real time).
/// </summary>
public static class InProcessCli
{
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(SimulatorHarness harness, params string[] args) =>
        RunAsync(
            new CliHost((_, _) => Task.FromResult(CliConnection.Over(harness.Client, harness.Http, "the test simulator")), harness.Clock),
            args);

    /// <summary>Runs <paramref name="args"/> on <paramref name="host"/> (e.g. real connections to a server the test started).</summary>
    internal static async Task<(int ExitCode, string Output, string Errors)> RunAsync(CliHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApp.InvokeAsync(CliApp.CreateRootCommand(host), args, new InvocationConfiguration { Output = output, Error = errors }, CancellationToken.None);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
