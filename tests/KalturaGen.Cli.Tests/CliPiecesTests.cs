using KalturaGen.Cli;
using KalturaGen.Cli.Commands;
using KalturaGen.Cli.Display;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Tests;

public sealed class CliPiecesTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("65536", 65536)]
    [InlineData("512K", 512 * 1024)]
    [InlineData("8m", 8 * 1024 * 1024)]
    [InlineData("1G", 1024 * 1024 * 1024)]
    public void ParsesChunkSizes(string text, int bytes)
    {
        Assert.Equal(bytes, ByteSizeParser.Parse(text));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("8X")]
    [InlineData("3G")]
    [InlineData("")]
    public void RejectsBadChunkSizes(string text)
    {
        var error = Assert.Throws<CliInputException>(() => ByteSizeParser.Parse(text));
        Assert.Contains("is not a chunk size", error.Message);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1.5h", 5400)]
    [InlineData("00:02:30", 150)]
    [InlineData("0s", 0)]
    public void ParsesDurations(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text, "--verify-timeout"));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("")]
    public void RejectsBadDurations(string text)
    {
        var error = Assert.Throws<CliInputException>(() => DurationParser.Parse(text, "--verify-timeout"));
        Assert.Contains("--verify-timeout", error.Message);
    }

    [Fact]
    public async Task PlainProgressPrintsPhaseChangesAndEveryTenPercent()
    {
        var output = new StringWriter();
        var display = new PlainLinesDisplay(output);

        await display.RunAsync(progress =>
        {
            for (var sent = 0; sent <= 1000; sent += 25)
            {
                progress.Report(Progress(UploadPhase.Uploading, sent));
            }

            progress.Report(Progress(UploadPhase.Completed, 1000));
            return Task.FromResult(0);
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        Assert.StartsWith("a.mp4: uploading   0%", lines[0]);
        Assert.StartsWith("a.mp4: uploading 100%", lines[10]);
        Assert.StartsWith("a.mp4: done 100%", lines[11]);
    }

    private static UploadProgress Progress(UploadPhase phase, long acknowledged) =>
        new("a.mp4", "/tmp/a.mp4", phase, 1000, acknowledged, acknowledged, 0, 100, null, 0, 1, "0_t", null);
}
