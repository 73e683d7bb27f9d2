using KalturaGen.Client.Upload;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KalturaGen.Cli.Display;

/// <summary>
/// The rate and time-left columns of the live bars, from the engine's own figures (<see cref="UploadProgress.BytesPerSecond"/>,
/// which counts only the bytes sent by this run) instead of Spectre's, which would take the bytes a resumed upload
/// starts with as sent in an instant, and which prints decimal MB where the rest of the CLI prints MiB.
/// </summary>
internal static class EngineRateColumns
{
    private const string RateKey = "kalturagen.rate";
    private const string SecondsLeftKey = "kalturagen.secondsLeft";

    // A bar without a report yet has no state: absent reads as false, so it shows no estimate rather than 00:00:00.
    private const string HasEstimateKey = "kalturagen.hasEstimate";

    /// <summary>Records the engine's rate and time left (null: unknown) on <paramref name="task"/>.</summary>
    public static void Record(ProgressTask task, double bytesPerSecond, TimeSpan? remaining)
    {
        task.State.Update<double>(RateKey, _ => bytesPerSecond);
        task.State.Update<double>(SecondsLeftKey, _ => remaining?.TotalSeconds ?? 0);
        task.State.Update<bool>(HasEstimateKey, _ => remaining is not null);
    }

    /// <summary>Records a file's latest report on its bar.</summary>
    public static void Record(ProgressTask task, UploadProgress progress) =>
        Record(task, progress.Phase == UploadPhase.Uploading ? progress.BytesPerSecond : 0, progress.Phase == UploadPhase.Uploading ? progress.EstimatedRemaining : null);

    /// <summary>The rate <see cref="Record(ProgressTask, double, TimeSpan?)"/> last put on <paramref name="task"/>.</summary>
    public static double RateOf(ProgressTask task) => task.State.Get<double>(RateKey);

    /// <summary>The engine's send rate in binary units.</summary>
    public sealed class Rate : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.IsFinished ? "" : ProgressText.Rate(RateOf(task)), Color.Aqua);
    }

    /// <summary>The engine's estimate of the time left.</summary>
    public sealed class TimeLeft : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var known = task.State.Get<bool>(HasEstimateKey) && !task.IsFinished;
            var seconds = Math.Round(task.State.Get<double>(SecondsLeftKey));
            return new Text(known ? $"{TimeSpan.FromSeconds(seconds):hh\\:mm\\:ss}" : "--:--:--", Color.Blue);
        }
    }
}
