using System.Net.Http.Json;
using System.Text.Json;
using KalturaGen.Benchmarks.Data;
using KalturaGen.Client;
using KalturaGen.Runtime;
using KalturaGen.Testing;

namespace KalturaGen.Benchmarks.Hosting;

/// <summary>
/// The standalone simulator as its own process (<c>dotnet KalturaGen.Simulator.dll --urls http://127.0.0.1:0</c>, the
/// dll built next to the benchmark) on a free loopback port read from its banner, with its own storage folder and
/// admin token, so a client under test shares no thread pool, GC or JIT warm-up with the server; with a client holding
/// partner 100's admin KS from the admin API. Stopping it kills the process and deletes the folder.
/// </summary>
public sealed class SeparateSimulator : IAsyncDisposable
{
    private const string AdminTokenHeader = "X-KalturaGen-Admin-Token";
    private readonly SimulatorProcess _process;
    private readonly HttpClient _admin = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private SeparateSimulator(SimulatorProcess process) => _process = process;

    /// <summary>The service URL root (before /api_v3).</summary>
    public Uri BaseAddress => _process.BaseAddress;

    /// <summary>Partner 100's admin KS.</summary>
    public string Ks { get; private set; } = "";

    /// <summary>A client of partner 100 with <see cref="Ks"/>.</summary>
    public KalturaClient Client { get; private set; } = null!;

    /// <summary>Starts the simulator process, waits for its banner and asks its admin API for a KS.</summary>
    public static async Task<SeparateSimulator> StartAsync()
    {
        var simulator = new SeparateSimulator(
            await SimulatorProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "KalturaGen.Simulator.dll"), "kalturagen-bench-simulator-"));
        try
        {
            simulator._admin.BaseAddress = simulator.BaseAddress;
            simulator._admin.DefaultRequestHeaders.Add(AdminTokenHeader, simulator._process.AdminToken);
            var answer = await simulator._admin.GetFromJsonAsync<JsonElement>(new Uri("/__kalturagen/ks?partnerId=100&expiry=86400", UriKind.Relative));
            simulator.Ks = answer.GetProperty("ks").GetString()!;
            simulator.Client = new KalturaClient(simulator._http, new KalturaClientOptions
            {
                ServiceUrl = simulator.BaseAddress,
                Ks = simulator.Ks,
                Timeout = Timeout.InfiniteTimeSpan,
            });
            return simulator;
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Forgets every token and deletes their bytes (admin reset), so iterations do not fill the disk.</summary>
    public async Task ResetAsync()
    {
        using var answer = await _admin.PostAsync(new Uri("/__kalturagen/reset", UriKind.Relative), content: null);
        answer.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A benchmark's cleanup: throws unless the last token is FULL_UPLOAD (admin API) and its file in the simulator's
    /// storage has exactly the source's SHA-256; then stops the process and deletes the source file either way.
    /// </summary>
    public async Task VerifyLastUploadAndStopAsync(string? lastToken, SampleFile file)
    {
        try
        {
            var tokenId = lastToken ?? throw new InvalidOperationException("Nothing was uploaded.");
            var tokens = await _admin.GetFromJsonAsync<JsonElement>(new Uri("/__kalturagen/tokens", UriKind.Relative));
            var status = tokens.EnumerateArray().Single(t => t.GetProperty("id").GetString() == tokenId).GetProperty("status");
            if (status.ValueKind != JsonValueKind.Number || status.GetInt32() != 2)
            {
                throw new InvalidOperationException($"Token {tokenId} is in status {status}, not FULL_UPLOAD (2).");
            }

            var path = Directory.GetFiles(Path.Combine(_process.Storage, "uploads"), tokenId + ".*").Single();
            var actual = await Hashes.Sha256Async(path);
            if (actual != file.Sha256)
            {
                throw new InvalidOperationException($"Token {tokenId} holds bytes with SHA-256 {actual}, expected {file.Sha256}.");
            }

            Console.WriteLine($"// SHA-256 of the last upload matches the source ({file.Sha256[..16]}...).");
        }
        finally
        {
            await DisposeAsync();
            file.Dispose();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _admin.Dispose();
        await _process.DisposeAsync();
    }
}
