using KalturaGen.Simulator;

namespace KalturaGen.Cli.Tests;

/// <summary>The status command against a standalone simulator.</summary>
public sealed class CliStatusTests
{
    [Fact]
    public async Task ShowsATokensStatusAndContiguousBytes()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions { Clock = TimeProvider.System });
        var tokenId = await HalfUploadedToken.AddAsync(simulator);
        using var folder = new TempFolder();

        using var cli = CliProcess.Start(
            folder.Path,
            "status", tokenId, "--service-url", $"{simulator.BaseAddress}/api_v3", "--partner-id", "100", "--admin-secret", "simulator-admin-secret");
        var exitCode = await cli.WaitForExitAsync();

        Assert.True(exitCode == 0, string.Join('\n', cli.Output.Concat(cli.Errors)));
        Assert.Contains("status   PARTIAL_UPLOAD", cli.Output);
        Assert.Contains("uploaded 1200 contiguous bytes", cli.Output);
    }

    [Fact]
    public async Task UnknownTokenFailsWithTheKalturaError()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions { Clock = TimeProvider.System });
        using var folder = new TempFolder();

        using var cli = CliProcess.Start(
            folder.Path,
            "status", "0_nosuchtoken", "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100", "--admin-secret", "simulator-admin-secret");
        var exitCode = await cli.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: UPLOAD_TOKEN_NOT_FOUND: ", Assert.Single(cli.Errors));
    }
}
