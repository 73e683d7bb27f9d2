using System.Diagnostics;
using System.Threading.Channels;

namespace KalturaGen.Cli.Tests;

/// <summary>The built CLI (<c>dotnet kalturagen.dll</c>) as a child process, its output read line by line.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _all = [];
    private readonly List<string> _errors = [];

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "kalturagen.dll");

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The environment of the test run must not point the CLI at some other server.
        start.Environment.Remove("KALTURA_SERVICE_URL");
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => cli.OnError(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits for an output line matching <paramref name="match"/>; the limit only guards against a hang.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException(
            $"The CLI ended without a matching line. Output:\n{string.Join('\n', Output)}\nErrors:\n{string.Join('\n', Errors)}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, like a crash or an OOM kill.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGINT, as Ctrl-C in a terminal sends it.</summary>
    public void Interrupt()
    {
        const int SigInt = 2;
        if (SendSignal(_process.Id, SigInt) != 0)
        {
            throw new InvalidOperationException($"Cannot send SIGINT to process {_process.Id}.");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _lines.Writer.TryComplete();
            return;
        }

        lock (_all)
        {
            _all.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }

    private void OnError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_errors)
        {
            _errors.Add(line);
        }
    }
}
