using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Display;

/// <summary>
/// Progress for logs: one line per file when its phase changes and at every 10% of its bytes, so a CI log shows the
/// upload moving without a flood of lines.
/// </summary>
internal sealed class PlainLinesDisplay(TextWriter output) : IUploadDisplay
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (UploadPhase Phase, int Decile)> _last = [];

    public async Task<T> RunAsync<T>(Func<IProgress<UploadProgress>, Task<T>> work) =>
        await work(new Sink(this)).ConfigureAwait(false);

    public void Note(string message)
    {
        lock (_gate)
        {
            output.WriteLine(message);
        }
    }

    private void Report(UploadProgress progress)
    {
        var key = progress.FilePath ?? progress.FileName;
        var decile = (int)((progress.FractionAcknowledged ?? 0) * 10);
        lock (_gate)
        {
            var changed = !_last.TryGetValue(key, out var last) || last.Phase != progress.Phase || last.Decile != decile;
            if (changed)
            {
                _last[key] = (progress.Phase, decile);
                output.WriteLine(ProgressText.Line(progress));
            }
        }
    }

    private sealed class Sink(PlainLinesDisplay display) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => display.Report(value);
    }
}
