using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// The built standalone simulator (<c>dotnet KalturaGen.Simulator.dll</c>) on a free loopback port, with its own storage
/// folder and admin token: the packed consumer reaches it over HTTP only. Its banner gives the service URL and partner
/// 100's admin secret. Disposing kills the process and deletes the folder.
/// </summary>
internal sealed partial class StandaloneSimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _storage;
    private readonly List<string> _banner = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneSimulatorProcess(Process process, string storage, string adminToken)
    {
        _process = process;
        _storage = storage;
        AdminToken = adminToken;
    }

    /// <summary>The service URL root (before /api_v3).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Partner 100's admin secret.</summary>
    public string AdminSecret { get; private set; } = "";

    /// <summary>The token of the admin API (header X-KalturaGen-Admin-Token).</summary>
    public string AdminToken { get; }

    /// <summary>The simulator dll built next to this test project (see the csproj's AssemblyMetadata).</summary>
    public static string DllPath => typeof(StandaloneSimulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KalturaGenSimulator").Value!;

    public static async Task<StandaloneSimulatorProcess> StartAsync()
    {
        var storage = Directory.CreateTempSubdirectory("kalturagen-packed-simulator-").FullName;
        var token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[DllPath, "--urls", "http://127.0.0.1:0", "--Simulator:StorageDirectory=" + storage, "--Simulator:AdminToken=" + token])
        {
            start.ArgumentList.Add(argument);
        }

        var simulator = new StandaloneSimulatorProcess(Process.Start(start)!, storage, token);
        simulator._process.OutputDataReceived += (_, line) => simulator.Read(line.Data);
        simulator._process.ErrorDataReceived += (_, line) => simulator.Read(line.Data);
        simulator._process.BeginOutputReadLine();
        simulator._process.BeginErrorReadLine();
        try
        {
            await simulator._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await simulator.DisposeAsync();
            throw new InvalidOperationException("The standalone simulator did not start:\n" + string.Join('\n', simulator._banner));
        }

        return simulator;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_storage, recursive: true);
    }

    [GeneratedRegex(@"Service URL : (?<url>\S+)/api_v3")]
    private static partial Regex ServiceUrlLine();

    [GeneratedRegex(@"Partner 100: admin secret '(?<secret>[^']+)'")]
    private static partial Regex PartnerLine();

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_banner)
        {
            _banner.Add(line);
            if (ServiceUrlLine().Match(line) is { Success: true } url)
            {
                ServiceUrl = url.Groups["url"].Value;
            }
            else if (PartnerLine().Match(line) is { Success: true } partner)
            {
                AdminSecret = partner.Groups["secret"].Value;
                _ready.TrySetResult();
            }
        }
    }
}
