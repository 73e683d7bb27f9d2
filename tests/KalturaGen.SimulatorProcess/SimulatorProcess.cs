using System.Diagnostics;

namespace KalturaGen.Testing;

/// <summary>
/// The standalone simulator (<c>dotnet KalturaGen.Simulator.dll</c>, or an installed <c>kalturagen serve</c>) in a
/// process of its own, on a free loopback port (<c>--urls http://127.0.0.1:0</c>), with its own storage folder and
/// admin token; ready once its start-up banner is written (its last line begins with <c>Try</c>). Disposing kills the
/// process and deletes the storage.
/// </summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private const string ServiceUrlLine = "Service URL : ";
    private const string LastBannerLine = "  Try         : ";
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SimulatorProcess(Process process, string storage, string adminToken)
    {
        _process = process;
        Storage = storage;
        AdminToken = adminToken;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c> (the banner's service URL without <c>/api_v3</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The folder the simulator stores uploaded bytes in.</summary>
    public string Storage { get; }

    /// <summary>The token its admin API asks for (<c>X-KalturaGen-Admin-Token</c>).</summary>
    public string AdminToken { get; }

    /// <summary>The process id (for reading its memory from <c>/proc</c>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Every line the process wrote so far, stdout and stderr.</summary>
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

    /// <summary>
    /// Starts <paramref name="simulatorDll"/> and waits (at most a minute) for its banner; <paramref name="arguments"/>
    /// come after the port, storage and admin-token settings.
    /// </summary>
    public static Task<SimulatorProcess> StartAsync(string simulatorDll, string storagePrefix, params string[] arguments) =>
        StartAsync("dotnet", Path.GetDirectoryName(simulatorDll), [simulatorDll], storagePrefix, arguments);

    /// <summary>
    /// Starts an executable that serves the simulator (the installed tool: <paramref name="command"/> <c>serve</c>)
    /// and waits for its banner; <paramref name="arguments"/> come after the port, storage and admin-token settings.
    /// </summary>
    public static Task<SimulatorProcess> StartCommandAsync(string command, string[] commandArguments, string storagePrefix, params string[] arguments) =>
        StartAsync(command, workingDirectory: null, commandArguments, storagePrefix, arguments);

    private static async Task<SimulatorProcess> StartAsync(
        string command, string? workingDirectory, string[] commandArguments, string storagePrefix, string[] arguments)
    {
        var storage = Directory.CreateTempSubdirectory(storagePrefix).FullName;
        var token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[
            .. commandArguments, "--urls", "http://127.0.0.1:0", "--Simulator:StorageDirectory=" + storage, "--Simulator:AdminToken=" + token, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var simulator = new SimulatorProcess(Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start."), storage, token);
        simulator._process.OutputDataReceived += (_, line) => simulator.Capture(line.Data);
        simulator._process.ErrorDataReceived += (_, line) => simulator.Capture(line.Data);
        simulator._process.BeginOutputReadLine();
        simulator._process.BeginErrorReadLine();
        try
        {
            await simulator._started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await simulator.DisposeAsync();
            throw new InvalidOperationException("The standalone simulator did not start:\n" + string.Join('\n', simulator.Output));
        }

        return simulator;
    }

    /// <summary>A partner's admin secret, as the banner prints it (<c>Partner 100: admin secret '…'</c>).</summary>
    public string AdminSecretOf(int partnerId)
    {
        var prefix = $"  Partner {partnerId}: admin secret '";
        var line = Output.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The banner names no partner {partnerId}:\n" + string.Join('\n', Output));
        return line[prefix.Length..line.IndexOf('\'', prefix.Length)];
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
            BaseAddress = new Uri(url[..url.LastIndexOf("/api_v3", StringComparison.Ordinal)]);
        }
        else if (line.StartsWith(LastBannerLine, StringComparison.Ordinal) && BaseAddress is not null)
        {
            _started.TrySetResult();
        }
    }
}
