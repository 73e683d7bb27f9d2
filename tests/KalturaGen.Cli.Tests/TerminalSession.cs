using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// A command run in a real terminal, its screen read as a person would see it: inside tmux (a 120x40 window, read with
/// <c>tmux capture-pane -p</c>), or, where tmux is missing (some CI machines), in a pseudo-terminal from util-linux
/// <c>script</c> whose output, with its escape sequences removed, stands in for the screen.
/// </summary>
internal sealed partial class TerminalSession : IAsyncDisposable
{
    private const string ExitMarker = "KALTURAGEN-TEST-EXIT=";
    private readonly string _socket = Path.Combine(Path.GetTempPath(), "kalturagen-tmux-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Process? _script;
    private readonly StringBuilder _scriptOutput = new();

    private TerminalSession(TerminalKind kind, Process? script)
    {
        Kind = kind;
        _script = script;
    }

    public TerminalKind Kind { get; }

    /// <summary>
    /// Which terminal this machine offers: tmux, else script, else none. KALTURAGEN_TEST_TERMINAL=script (or none)
    /// chooses one, to run the fallback where tmux is installed.
    /// </summary>
    public static TerminalKind Available { get; } = Environment.GetEnvironmentVariable("KALTURAGEN_TEST_TERMINAL") switch
    {
        "script" when OnPath("script") => TerminalKind.Script,
        "none" => TerminalKind.None,
        _ => OnPath("tmux") ? TerminalKind.Tmux : OnPath("script") ? TerminalKind.Script : TerminalKind.None,
    };

    /// <summary>Starts <paramref name="command"/> (a shell command line) in <paramref name="directory"/> in a 120x40 terminal.</summary>
    public static async Task<TerminalSession> StartAsync(string directory, string command)
    {
        // The pane stays open after the command, so its last screen can be read; the marker tells the exit code.
        var line = $"cd '{directory}' && export TERM=xterm-256color COLUMNS=120 LINES=40 LANG=C.UTF-8 KALTURA_SERVICE_URL= && {command}; echo {ExitMarker}$?";
        if (Available == TerminalKind.Tmux)
        {
            var session = new TerminalSession(TerminalKind.Tmux, null);
            await session.TmuxAsync("new-session", "-d", "-x", "120", "-y", "40", "-s", "cli", "bash", "-c", line + "; sleep 600");
            return session;
        }

        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in (string[])["-qfc", $"stty cols 120 rows 40; {line}", "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }

        var script = Process.Start(start)!;
        var scripted = new TerminalSession(TerminalKind.Script, script);
        script.OutputDataReceived += (_, e) => scripted.Append(e.Data);
        script.ErrorDataReceived += (_, e) => scripted.Append(e.Data);
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        return scripted;
    }

    /// <summary>The screen now: tmux's visible pane; script's whole output without escape sequences.</summary>
    public async Task<string> ScreenAsync()
    {
        if (Kind == TerminalKind.Tmux)
        {
            return await TmuxAsync("capture-pane", "-p", "-t", "cli");
        }

        lock (_scriptOutput)
        {
            return Escapes().Replace(_scriptOutput.ToString(), "");
        }
    }

    /// <summary>Waits until the command ended and returns its exit code and last screen; the limit only guards against a hang.</summary>
    public async Task<(int ExitCode, string Screen)> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            var screen = await ScreenAsync();
            var marker = screen.IndexOf(ExitMarker, StringComparison.Ordinal);
            if (marker >= 0)
            {
                var code = new string(screen[(marker + ExitMarker.Length)..].TakeWhile(char.IsDigit).ToArray());
                return (int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), screen[..marker]);
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException("The command did not end. Screen:\n" + screen);
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Kind == TerminalKind.Tmux)
        {
            // Only this test's tmux server (its own socket) is ended, and its socket removed.
            await TmuxAsync("kill-server");
            File.Delete(_socket);
        }
        else if (_script is not null)
        {
            if (!_script.HasExited)
            {
                _script.Kill(entireProcessTree: true);
            }

            _script.Dispose();
        }
    }

    [GeneratedRegex(@"\x1B(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>78])|\r")]
    private static partial Regex Escapes();

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_scriptOutput)
            {
                _scriptOutput.AppendLine(line);
            }
        }
    }

    private async Task<string> TmuxAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-S", _socket, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var tmux = Process.Start(start)!;
        var output = await tmux.StandardOutput.ReadToEndAsync();
        await tmux.WaitForExitAsync();
        return output;
    }
}

/// <summary>The terminal a <see cref="TerminalSession"/> runs in.</summary>
internal enum TerminalKind
{
    /// <summary>Neither tmux nor script is installed.</summary>
    None,

    /// <summary>A detached tmux session.</summary>
    Tmux,

    /// <summary>util-linux script's pseudo-terminal.</summary>
    Script,
}
