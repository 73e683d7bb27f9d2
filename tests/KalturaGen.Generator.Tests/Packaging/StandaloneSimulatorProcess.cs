using System.Reflection;
using KalturaGen.Testing;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// The built standalone simulator (<c>dotnet KalturaGen.Simulator.dll</c>, <see cref="SimulatorProcess"/>) on a free
/// loopback port, with its own storage folder and admin token: the packed consumer reaches it over HTTP only. Its
/// banner gives the service URL and partner 100's admin secret. Disposing kills the process and deletes the folder.
/// </summary>
internal sealed class StandaloneSimulatorProcess : IAsyncDisposable
{
    private readonly SimulatorProcess _process;

    private StandaloneSimulatorProcess(SimulatorProcess process) => _process = process;

    /// <summary>The service URL root (before /api_v3).</summary>
    public string ServiceUrl => _process.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Partner 100's admin secret.</summary>
    public string AdminSecret => _process.AdminSecretOf(100);

    /// <summary>The token of the admin API (header X-KalturaGen-Admin-Token).</summary>
    public string AdminToken => _process.AdminToken;

    /// <summary>The simulator dll built next to this test project (see the csproj's AssemblyMetadata).</summary>
    public static string DllPath => typeof(StandaloneSimulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KalturaGenSimulator").Value!;

    /// <summary>Starts it and waits for its banner.</summary>
    public static async Task<StandaloneSimulatorProcess> StartAsync() =>
        new(await SimulatorProcess.StartAsync(DllPath, "kalturagen-packed-simulator-"));

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
