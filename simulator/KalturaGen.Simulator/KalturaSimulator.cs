using KalturaGen.Simulator.Admin;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Simulator;

/// <summary>
/// A running fake Kaltura: in-process over TestHost (<see cref="StartInProcessAsync"/>) or on a real
/// loopback port (<see cref="StartKestrelAsync"/>). Requests go to <c>{BaseAddress}/api_v3/...</c>.
/// </summary>
public sealed class KalturaSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorRuntime _runtime;
    private readonly TestServer? _testServer;

    private KalturaSimulator(WebApplication app, SimulatorRuntime runtime, Uri baseAddress, TestServer? testServer)
    {
        _app = app;
        _runtime = runtime;
        _testServer = testServer;
        BaseAddress = baseAddress;
        Admin = new SimulatorAdmin(runtime);
    }

    /// <summary>The service URL root (the part before <c>/api_v3</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Reset, snapshots, journal, clock and fault injection.</summary>
    public SimulatorAdmin Admin { get; }

    /// <summary>The secret the HTTP admin API requires in the <see cref="AdminAccess.TokenHeader"/> header.</summary>
    public string AdminToken => _runtime.AdminToken;

    /// <summary>The simulator's clock.</summary>
    public TimeProvider Clock => _runtime.Clock;

    /// <summary>The simulator's own manual clock, when it runs on one.</summary>
    public ManualClock? ManualClock => _runtime.Clock as ManualClock;

    /// <summary>The partners the simulator knows.</summary>
    public IReadOnlyList<PartnerOptions> Partners => Admin.Partners;

    /// <summary>The runtime (schema, state, storage), for advanced tests.</summary>
    internal SimulatorRuntime Runtime => _runtime;

    /// <summary>Starts an in-process simulator over TestHost (no network port).</summary>
    public static async Task<KalturaSimulator> StartInProcessAsync(SimulatorOptions? options = null, CancellationToken ct = default)
    {
        var runtime = new SimulatorRuntime(options ?? new SimulatorOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.ConfigureForUploads();
        builder.Services.AddSimulator(runtime);
        var app = builder.Build();
        app.MapSimulator();
        await app.StartAsync(ct);
        var server = app.GetTestServer();
        runtime.SelfHandlerFactory = server.CreateHandler;
        return new KalturaSimulator(app, runtime, new Uri("http://localhost"), server);
    }

    /// <summary>Starts a simulator on a real port (port 0 picks a free one; see <see cref="BaseAddress"/>).</summary>
    public static async Task<KalturaSimulator> StartKestrelAsync(string url = "http://127.0.0.1:0", SimulatorOptions? options = null, CancellationToken ct = default)
    {
        var runtime = new SimulatorRuntime(options ?? new SimulatorOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.ConfigureForUploads();
        builder.Services.AddSimulator(runtime);
        var app = builder.Build();
        app.MapSimulator();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KalturaSimulator(app, runtime, new Uri(address.TrimEnd('/')), null);
    }

    /// <summary>An HttpClient whose BaseAddress is the service URL root; requests go to <c>/api_v3/...</c>.</summary>
    public HttpClient CreateHttpClient()
    {
        if (_testServer is not null)
        {
            var client = _testServer.CreateClient();
            client.BaseAddress = BaseAddress;
            client.Timeout = Timeout.InfiniteTimeSpan;
            return client;
        }

        return new HttpClient { BaseAddress = BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>An HttpClient for the HTTP admin API under <c>/__kalturagen/</c>: <see cref="CreateHttpClient"/> plus the admin token header.</summary>
    public HttpClient CreateAdminHttpClient()
    {
        var client = CreateHttpClient();
        client.DefaultRequestHeaders.Add(AdminAccess.TokenHeader, AdminToken);
        return client;
    }

    /// <summary>An HttpMessageHandler that reaches this simulator (in-process or over the network).</summary>
    public HttpMessageHandler CreateHandler() => _testServer?.CreateHandler() ?? new SocketsHttpHandler();

    /// <summary>A KS for a partner (admin by default), built from the partner's admin secret on the simulator clock.</summary>
    public string CreateKs(int partnerId = SimulatorDefaults.PartnerId, SessionKind type = SessionKind.Admin, string? userId = null,
        string? privileges = null, int expirySeconds = 86400)
    {
        var partner = _runtime.State.Partners.GetValueOrDefault(partnerId)
            ?? throw new ArgumentException($"The simulator has no partner {partnerId}.", nameof(partnerId));
        return KsIssuer.Issue(partner, (int)type, userId, expirySeconds, privileges, _runtime.Clock, version: 2);
    }

    /// <summary>Moves the simulator's clock forward (its own manual clock or the standalone offset clock).</summary>
    public void AdvanceTime(TimeSpan by) => Admin.AdvanceTime(by);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _runtime.Dispose();
    }
}
