using KalturaGen.Cli;
using KalturaGen.Cli.Connection;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// <c>--verbose</c> hands the command's logger factory to the client and the upload engine: their logs (failed calls,
/// retries) appear on stderr; without it nothing is logged.
/// </summary>
public sealed class CliVerboseTests
{
    [Fact]
    public async Task VerboseShowsTheEnginesRetriesOnStderr()
    {
        var (exitCode, output, errors) = await UploadWithOneRetryAsync("--verbose");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("warn: KalturaGen.Upload[101] Upload call failed (http_503) on attempt 1; retrying", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutVerboseNothingIsLogged()
    {
        var (exitCode, output, errors) = await UploadWithOneRetryAsync();

        Assert.True(exitCode == 0, output + errors);
        Assert.DoesNotContain("KalturaGen.Upload[", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerboseShowsTheClientsFailedCallsWithoutTheKs()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync();
        var host = new CliHost(CliConnection.OpenAsync, TimeProvider.System);

        var (exitCode, output, errors) = await InProcessCli.RunAsync(
            host,
            "status", "0_missing", "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100",
            "--admin-secret", simulator.Partners[0].AdminSecret, "--verbose");

        Assert.Equal(1, exitCode);
        Assert.Contains("warn: KalturaGen.Runtime.KalturaClient[1] Kaltura call uploadtoken.get failed with ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("djJ8", output + errors, StringComparison.Ordinal);
    }

    // An upload whose first chunk is answered 503 once, so the engine retries it.
    private static async Task<(int ExitCode, string Output, string Errors)> UploadWithOneRetryAsync(params string[] options)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var clip = folder.File("clip.mp4", TestData.Bytes(200_000, seed: 5));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "uploadtoken.upload", Kind = FaultKind.HttpError, StatusCode = 503, FirstCalls = 1 });
        return await InProcessCli.RunAsync(harness, ["upload", clip, "--chunk-size", "64K", .. options]);
    }
}
