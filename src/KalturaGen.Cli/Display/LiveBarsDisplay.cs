using KalturaGen.Client.Upload;
using Spectre.Console;

namespace KalturaGen.Cli.Display;

/// <summary>Spectre.Console progress bars: one per file and one for all files together.</summary>
internal sealed class LiveBarsDisplay : IUploadDisplay
{
    private readonly Lock _gate = new();
    private readonly List<string> _notes = [];
    private bool _running;

    public async Task<T> RunAsync<T>(Func<IProgress<UploadProgress>, Task<T>> work)
    {
        lock (_gate)
        {
            _running = true;
        }

        var result = await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(Columns())
            .StartAsync(async context =>
            {
                var overall = context.AddTask("[bold]all files[/]", maxValue: 1);
                return await work(new Sink(context, overall)).ConfigureAwait(false);
            }).ConfigureAwait(false);
        lock (_gate)
        {
            _running = false;
            foreach (var note in _notes)
            {
                AnsiConsole.MarkupLine(Markup.Escape(note));
            }

            _notes.Clear();
        }

        return result;
    }

    /// <summary>Name, bar, percentage, the engine's rate (MiB/s, this run's bytes only), time left, spinner.</summary>
    public static ProgressColumn[] Columns() =>
    [
        new TaskDescriptionColumn { Alignment = Justify.Left },
        new ProgressBarColumn(),
        new PercentageColumn(),
        new EngineRateColumns.Rate(),
        new EngineRateColumns.TimeLeft(),
        new SpinnerColumn(),
    ];

    /// <summary>Printed at once outside the live display, or after it when the bars are on screen.</summary>
    public void Note(string message)
    {
        lock (_gate)
        {
            if (_running)
            {
                _notes.Add(message);
            }
            else
            {
                AnsiConsole.MarkupLine(Markup.Escape(message));
            }
        }
    }

    /// <summary>Moves the bars to a file's report; the overall rate is the sum of the files' rates.</summary>
    internal sealed class Sink(Func<string, ProgressTask> addTask, ProgressTask overall) : IProgress<UploadProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, (ProgressTask Task, long Total, long Sent)> _files = [];

        public Sink(ProgressContext context, ProgressTask overall)
            : this(description => context.AddTask(description, maxValue: 1), overall)
        {
        }

        public void Report(UploadProgress value)
        {
            var key = value.FilePath ?? value.FileName;
            lock (_gate)
            {
                if (!_files.TryGetValue(key, out var file))
                {
                    file = (addTask(Markup.Escape(value.FileName)), 0, 0);
                }

                var total = Math.Max(1, value.TotalBytes ?? value.BytesSent);
                file = (file.Task, total, value.BytesSent);
                _files[key] = file;
                file.Task.MaxValue = total;
                file.Task.Value = value.BytesSent;
                file.Task.Description = Markup.Escape($"{value.FileName} ({ProgressText.Phase(value.Phase)})");
                EngineRateColumns.Record(file.Task, value);
                if (value.Phase is UploadPhase.Completed or UploadPhase.Stopped)
                {
                    file.Task.StopTask();
                }

                overall.MaxValue = Math.Max(1, _files.Values.Sum(f => f.Total));
                overall.Value = _files.Values.Sum(f => f.Sent);
                var rate = _files.Values.Sum(f => EngineRateColumns.RateOf(f.Task));
                EngineRateColumns.Record(overall, rate, rate > 0 ? TimeSpan.FromSeconds((overall.MaxValue - overall.Value) / rate) : null);
            }
        }
    }
}
