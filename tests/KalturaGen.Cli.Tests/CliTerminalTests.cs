namespace KalturaGen.Cli.Tests;

/// <summary>
/// The built CLI in a real terminal (tmux, else a <c>script</c> pseudo-terminal): an upload of two files to the
/// embedded simulator draws live progress bars and ends with the summary table, as the terminal shows them. The
/// redirected-output tests (plain lines) are <see cref="CliUploadTests"/> and <see cref="CliSummaryTableTests"/>.
/// </summary>
public sealed class CliTerminalTests
{
    [RequiresTerminalFact]
    public async Task AnUploadInATerminalDrawsLiveBarsAndEndsWithTheSummaryTable()
    {
        using var folder = new TempFolder();
        folder.File("first.mp4", TestData.Bytes(700_000, seed: 11));
        folder.File("second.mp4", TestData.Bytes(400_000, seed: 12));

        await using var terminal = await TerminalSession.StartAsync(
            folder.Path, $"dotnet '{CliProcess.DllPath}' upload first.mp4 second.mp4 --chunk-size 128K");
        var (exitCode, screen) = await terminal.WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, $"{terminal.Kind} screen:\n{screen}");
        var lines = screen.Split('\n').Select(line => line.TrimEnd()).ToList();

        // The live bars, left as their last frame: one per file (marked done) and one for all files, full.
        Assert.Contains(lines, line => Bar("first.mp4").IsMatch(line));
        Assert.Contains(lines, line => Bar("second.mp4").IsMatch(line));
        Assert.Contains(lines, line => Bar("all files").IsMatch(line));

        // Then the summary table, its columns aligned as the terminal shows them.
        var summary = lines.IndexOf("Summary");
        Assert.True(summary > 0, $"{terminal.Kind} screen:\n{screen}");
        Assert.Matches("^File +Entry +Status +Size +SHA-256 +Result$", lines[summary + 1]);
        Assert.Matches("^first.mp4 +0_\\w+ +READY +683\\.6 KiB +match +ok$", lines[summary + 2]);
        Assert.Matches("^second.mp4 +0_\\w+ +READY +390\\.6 KiB +match +ok$", lines[summary + 3]);
        Assert.StartsWith("2 of 2 files ok, 0 failed; ", lines[summary + 4], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"wider than the terminal: {line}"));
    }

    private static System.Text.RegularExpressions.Regex Bar(string name) =>
        new($"^{System.Text.RegularExpressions.Regex.Escape(name)}( \\(done\\))? +━+ +100%");
}
