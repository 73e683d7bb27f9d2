
namespace KalturaGen.Cli.Tests;

/// <summary>An upload of several files ends with a summary table; one file does not need one.</summary>
public sealed class CliSummaryTableTests
{
    [Fact]
    public async Task AnUploadOfSeveralFilesEndsWithOneRowPerFileAndTheTotals()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var first = folder.File("first.mp4", TestData.Bytes(150_000, seed: 1));
        var second = folder.File("second.mp4", TestData.Bytes(90_000, seed: 2));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", first, second, "--chunk-size", "64K");

        Assert.True(exitCode == 0, output + errors);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var summary = Array.IndexOf(lines, "Summary");
        Assert.True(summary > 0, output);
        Assert.Matches("^File +Entry +Status +Size +SHA-256 +Result$", lines[summary + 1]);
        Assert.Matches("^first.mp4 +\\S+ +READY +.+ +match +ok$", lines[summary + 2]);
        Assert.Matches("^second.mp4 +\\S+ +READY +.+ +match +ok$", lines[summary + 3]);
        Assert.StartsWith("2 of 2 files ok, 0 failed; ", lines[summary + 4]);
    }

    [Fact]
    public async Task AnUploadOfOneFileHasNoSummary()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var only = folder.File("only.mp4", TestData.Bytes(50_000, seed: 3));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", only, "--chunk-size", "64K");

        Assert.True(exitCode == 0, output + errors);
        Assert.DoesNotContain("Summary", output);
    }
}
