using System.Diagnostics;
using System.Globalization;
using KalturaGen.Simulator.Admin;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>
/// The standalone simulator (<c>KalturaGen.Simulator.dll</c>, as <c>dotnet run</c> starts it) as a child process on a
/// free loopback port, with its own storage folder and admin token; its memory is read from /proc. Disposing kills
/// the process and deletes the folder.
/// </summary>
public sealed class StandaloneSimulator : IAsyncDisposable
{
    private const string ServiceUrlLine = "Service URL : ";
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneSimulator(Process process, string storage, string adminToken)
    {
        _process = process;
        Storage = storage;
        AdminToken = adminToken;
    }

    /// <summary>The service URL root.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The simulator's storage folder.</summary>
    public string Storage { get; }

    /// <summary>The admin token it was started with.</summary>
    public string AdminToken { get; }

    /// <summary>The process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Starts the simulator and waits for its start-up banner.</summary>
    public static async Task<StandaloneSimulator> StartAsync(params string[] arguments)
    {
        var storage = Directory.CreateTempSubdirectory("kalturagen-standalone-").FullName;
        var token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[
            Path.Combine(AppContext.BaseDirectory, "KalturaGen.Simulator.dll"), "--urls", "http://127.0.0.1:0",
            "--Simulator:StorageDirectory=" + storage, "--Simulator:AdminToken=" + token, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var simulator = new StandaloneSimulator(Process.Start(start)!, storage, token);
        simulator._process.OutputDataReceived += (_, line) => simulator.Capture(line.Data);
        simulator._process.ErrorDataReceived += (_, line) => simulator.Capture(line.Data);
        simulator._process.BeginOutputReadLine();
        simulator._process.BeginErrorReadLine();
        try
        {
            simulator.BaseAddress = await simulator._started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await simulator.DisposeAsync();
            throw new InvalidOperationException("The standalone simulator did not start:\n" + string.Join('\n', simulator.Output));
        }

        return simulator;
    }

    /// <summary>An HttpClient for the simulator (the admin token header set, for /__kalturagen/).</summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(AdminAccess.TokenHeader, AdminToken);
        return client;
    }

    /// <summary>Peak and current resident memory of the process (VmHWM and VmRSS of /proc/&lt;pid&gt;/status), in bytes.</summary>
    public (long Peak, long Current) ResidentMemory()
    {
        long Read(string[] lines, string field) =>
            long.Parse(lines.Single(l => l.StartsWith(field + ":", StringComparison.Ordinal))[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

        var status = File.ReadAllLines($"/proc/{ProcessId}/status");
        return (Read(status, "VmHWM"), Read(status, "VmRSS"));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Storage, recursive: true);
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        var at = line.IndexOf(ServiceUrlLine, StringComparison.Ordinal);
        if (at >= 0)
        {
            var url = line[(at + ServiceUrlLine.Length)..].Trim();
            _started.TrySetResult(new Uri(url[..url.LastIndexOf("/api_v3", StringComparison.Ordinal)]));
        }
    }
}
