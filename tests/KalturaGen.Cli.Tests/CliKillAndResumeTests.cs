using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;

namespace KalturaGen.Cli.Tests;

/// <summary>A CLI upload killed with SIGKILL resumes from its checkpoint when the same command runs again.</summary>
public sealed class CliKillAndResumeTests
{
    [Fact]
    public async Task KilledUploadResumesFromItsCheckpoint()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions
        {
            Clock = TimeProvider.System,
            ConversionTime = TimeSpan.FromMilliseconds(200),
        });
        using var folder = new TempFolder();
        var path = folder.File("movie.mp4", TestData.Bytes(4L * 1024 * 1024, seed: 42));

        // Slow every chunk down so the kill lands mid-upload.
        simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(150) });
        string[] command =
        [
            "upload", path, "--chunk-size", "128K", "--parallel", "2", "--no-wait",
            "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100", "--admin-secret", "simulator-admin-secret",
        ];

        using (var first = CliProcess.Start(folder.Path, command))
        {
            await first.WaitForLineAsync(line => line.Contains("movie.mp4: uploading") && !line.Contains("  0%"));
            first.Kill();
            await first.WaitForExitAsync();
        }

        var checkpoints = Directory.GetFiles(Path.Combine(folder.Path, ".kalturagen"), "movie.mp4.*.upload.json");
        Assert.Single(checkpoints);
        simulator.Admin.Faults.Clear();
        var uploadsBefore = simulator.Admin.Journal.For("uploadToken", "upload").Count;

        using var second = CliProcess.Start(folder.Path, command);
        var resumed = await second.WaitForLineAsync(line => line.StartsWith("resumed movie.mp4 from byte ", StringComparison.Ordinal));
        var exitCode = await second.WaitForExitAsync();

        Assert.True(exitCode == 0, string.Join('\n', second.Output.Concat(second.Errors)));
        Assert.True(long.Parse(resumed["resumed movie.mp4 from byte ".Length..], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(second.Output, line => line.Contains("match") && line.Contains(TestData.Sha256(path)));
        var tokens = await simulator.Admin.GetTokensAsync();
        Assert.Single(tokens);
        // A request cut off by the kill can be journaled late and without parameters: only whole requests count.
        var resentOffsets = simulator.Admin.Journal.For("uploadToken", "upload").Skip(uploadsBefore)
            .Where(e => e.Parameters.ContainsKey("resumeAt"))
            .Select(e => e.Parameters["resumeAt"]);
        Assert.DoesNotContain("0", resentOffsets);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, ".kalturagen"), "*.upload.json"));
    }

    [Fact]
    public async Task CtrlCStopsTheUploadResumably()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions { Clock = TimeProvider.System });
        using var folder = new TempFolder();
        var path = folder.File("talk.mp4", TestData.Bytes(2L * 1024 * 1024, seed: 5));
        simulator.Admin.AddFault(new FaultRule { Target = "uploadToken.upload", Kind = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(150) });

        using var cli = CliProcess.Start(
            folder.Path,
            "upload", path, "--chunk-size", "64K", "--parallel", "2",
            "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100", "--admin-secret", "simulator-admin-secret");
        await cli.WaitForLineAsync(line => line.Contains("talk.mp4: uploading") && !line.Contains("  0%"));
        cli.Interrupt();
        var exitCode = await cli.WaitForExitAsync();

        Assert.Equal(130, exitCode);
        Assert.Equal("cancelled: run the same command again to resume.", Assert.Single(cli.Errors));
        Assert.Contains(cli.Output, line => line.StartsWith("talk.mp4: stopped", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, ".kalturagen"), "talk.mp4.*.upload.json"));
    }
}
