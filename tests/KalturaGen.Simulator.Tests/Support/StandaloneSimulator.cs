using System.Globalization;
using KalturaGen.Simulator.Admin;
using KalturaGen.Testing;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>
/// The standalone simulator (<c>KalturaGen.Simulator.dll</c>, as <c>dotnet run</c> starts it) as a child process on a
/// free loopback port (<see cref="SimulatorProcess"/>), with an admin HTTP client; its memory is read from /proc.
/// Disposing kills the process and deletes its storage folder.
/// </summary>
public sealed class StandaloneSimulator : IAsyncDisposable
{
    private readonly SimulatorProcess _process;

    private StandaloneSimulator(SimulatorProcess process) => _process = process;

    /// <summary>The service URL root.</summary>
    public Uri BaseAddress => _process.BaseAddress;

    /// <summary>The simulator's storage folder.</summary>
    public string Storage => _process.Storage;

    /// <summary>The admin token it was started with.</summary>
    public string AdminToken => _process.AdminToken;

    /// <summary>The process id.</summary>
    public int ProcessId => _process.ProcessId;

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Output => _process.Output;

    /// <summary>Starts the simulator built beside these tests; <paramref name="arguments"/> are extra settings.</summary>
    public static async Task<StandaloneSimulator> StartAsync(params string[] arguments) =>
        new(await SimulatorProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "KalturaGen.Simulator.dll"), "kalturagen-standalone-", arguments));

    /// <summary>An HTTP client to the simulator that carries the admin token.</summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add(AdminAccess.TokenHeader, AdminToken);
        return client;
    }

    /// <summary>The process's peak and current resident memory in bytes (VmHWM, VmRSS).</summary>
    public (long Peak, long Current) ResidentMemory()
    {
        long Read(string[] lines, string field) =>
            long.Parse(lines.Single(l => l.StartsWith(field + ":", StringComparison.Ordinal))[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

        var status = File.ReadAllLines($"/proc/{ProcessId}/status");
        return (Read(status, "VmHWM"), Read(status, "VmRSS"));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
