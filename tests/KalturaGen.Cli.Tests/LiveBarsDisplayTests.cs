using KalturaGen.Cli.Display;
using KalturaGen.Client.Upload;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KalturaGen.Cli.Tests;

/// <summary>The live bars' rate and time left: the engine's figures, in the binary units the plain lines use.</summary>
public sealed class LiveBarsDisplayTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public void AResumedUploadShowsTheRateOfThisRunInMiB()
    {
        var file = new ProgressTask(1, "big.mov", 1);
        var overall = new ProgressTask(0, "all files", 1);
        var sink = new LiveBarsDisplay.Sink(_ => file, overall);

        // The first report of a resumed upload already holds 900 MiB: they were sent by an earlier run.
        sink.Report(Progress(sent: 900 * MiB, resumedFrom: 900 * MiB, rate: 2 * MiB, remaining: TimeSpan.FromSeconds(62)));
        sink.Report(Progress(sent: 902 * MiB, resumedFrom: 900 * MiB, rate: 2 * MiB, remaining: TimeSpan.FromSeconds(61)));

        Assert.Equal("2.0 MiB/s  00:01:01", RenderRateAndTimeLeft(file));
        Assert.Equal("2.0 MiB/s  00:01:01", RenderRateAndTimeLeft(overall));
    }

    [Fact]
    public void ABarWithoutReportsYetShowsNoRateAndNoTimeLeft()
    {
        Assert.Equal("0 B/s  --:--:--", RenderRateAndTimeLeft(new ProgressTask(0, "all files", 1)));
    }

    [Fact]
    public void PlainLinesUseTheSameUnits()
    {
        var line = ProgressText.Line(Progress(sent: 902 * MiB, resumedFrom: 900 * MiB, rate: 2 * MiB, remaining: null));

        Assert.EndsWith("902.0 MiB/1.0 GiB 2.0 MiB/s", line);
    }

    private static UploadProgress Progress(long sent, long resumedFrom, double rate, TimeSpan? remaining) =>
        new("big.mov", "/data/big.mov", UploadPhase.Uploading, 1024 * MiB, sent, sent, resumedFrom, rate, remaining, 0, 1, "0_token", null);

    private static string RenderRateAndTimeLeft(ProgressTask task)
    {
        using var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(text) });
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var columns = LiveBarsDisplay.Columns();
        var rate = columns.OfType<EngineRateColumns.Rate>().Single();
        var left = columns.OfType<EngineRateColumns.TimeLeft>().Single();
        console.Write(rate.Render(options, task, TimeSpan.Zero));
        console.Write(new Text("  "));
        console.Write(left.Render(options, task, TimeSpan.Zero));
        return text.ToString();
    }
}
