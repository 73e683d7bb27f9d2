using System.CommandLine;
using KalturaGen.Cli;
using KalturaGen.Cli.Connection;
using KalturaGen.Client.Upload;
using KalturaGen.Simulator;

namespace KalturaGen.Cli.Tests;

/// <summary>How the command line treats mistakes: exit codes, usage and the messages it prints.</summary>
public sealed class CliConventionsTests
{
    [Fact]
    public async Task AMistypedOptionIsAParseErrorThatExitsTwoWithTheUsage()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var file = folder.File("clip.mp4", TestData.Bytes(1_000));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", file, "--paralel", "3");

        Assert.Equal(2, exitCode);
        Assert.Contains("--paralel", errors);
        Assert.DoesNotContain("Nothing to upload", errors);
        Assert.Contains("Usage:", output);
        Assert.Empty(await harness.Simulator.Admin.GetTokensAsync());
    }

    [Fact]
    public async Task AMissingCommandArgumentExitsTwo()
    {
        await using var harness = await SimulatorHarness.StartAsync();

        var (exitCode, _, errors) = await InProcessCli.RunAsync(harness, "status");

        Assert.Equal(2, exitCode);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task StatusWithoutAServerExitsTwoNamingWhereToPointIt()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var token = (await new KalturaUploadTokenApi(harness.Client.UploadToken).AddAsync("a.mp4", 2000, false, default)).Id;

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "status", token);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("needs a server", errors);
        Assert.Contains("--service-url", errors);
        Assert.Contains("KALTURA_SERVICE_URL", errors);
        Assert.Contains("KALTURA_ADMIN_SECRET", errors);
    }

    [Theory]
    [InlineData("upload")]
    [InlineData("status")]
    public async Task AWrongSecretNamesTheSettingsToCheckAndNeverPrintsTheKs(string command)
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions { Clock = TimeProvider.System });
        using var folder = new TempFolder();
        var file = folder.File("clip.mp4", TestData.Bytes(1_000));
        var target = command == "upload" ? file : "0_nosuchtoken";
        var host = new CliHost(CliConnection.OpenAsync, TimeProvider.System);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApp.InvokeAsync(
            CliApp.CreateRootCommand(host),
            [command, target, "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100", "--admin-secret", "not-the-secret"],
            new InvocationConfiguration { Output = output, Error = errors },
            CancellationToken.None);

        var printed = output.ToString() + errors;
        Assert.Equal(1, exitCode);
        Assert.Contains("INVALID_KS", errors.ToString());
        Assert.Contains("--admin-secret", errors.ToString());
        Assert.Contains("KALTURA_ADMIN_SECRET", errors.ToString());
        Assert.Contains("--partner-id", errors.ToString());
        Assert.DoesNotContain("djJ8", printed);
        Assert.DoesNotContain("Invalid KS", printed);
    }
}
