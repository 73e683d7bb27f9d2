using System.CommandLine;
using KalturaGen.Cli;

namespace KalturaGen.Cli.Tests;

public sealed class CliServeHelpTests
{
    [Fact]
    public async Task ServeHelpListsTheSimulatorsSettings()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var output = new StringWriter();
        var host = new CliHost((_, _) => throw new InvalidOperationException("help connects to nothing"), harness.Clock);

        var exitCode = await CliApp.InvokeAsync(CliApp.CreateRootCommand(host), ["serve", "--help"], new InvocationConfiguration { Output = output, Error = output }, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exitCode);
        var help = output.ToString();
        foreach (var setting in new[] { "--urls", "--Simulator:ClockMode", "--Simulator:ConversionTime", "--Simulator:Partners:0:Id", "--Simulator:Partners:0:Features:0", "FEATURE_RECYCLE_BIN", ":ModerateContent", "--Simulator:Seed", "/__kalturagen/faults" })
        {
            Assert.Contains(setting, help);
        }
    }
}
