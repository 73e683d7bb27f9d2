using KalturaGen.Client;
using KalturaGen.Runtime;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator;

namespace KalturaGen.Cli.Connection;

/// <summary>
/// A ready client: to a real Kaltura or standalone simulator (an ADMIN KS signed locally from the admin secret), or to
/// a simulator started inside this process (real clock, short conversion time; no account, no network).
/// </summary>
internal sealed class CliConnection : IAsyncDisposable
{
    private readonly KalturaSimulator? _simulator;
    private readonly bool _ownsHttp;

    private CliConnection(KalturaClient client, HttpClient http, KalturaSimulator? simulator, string description, bool ownsHttp = true)
    {
        Client = client;
        Http = http;
        _simulator = simulator;
        Description = description;
        _ownsHttp = ownsHttp;
    }

    public KalturaClient Client { get; }

    /// <summary>An HTTP client to the same server (for downloading what it serves).</summary>
    public HttpClient Http { get; }

    public bool IsInProcessSimulator => _simulator is not null;

    public string Description { get; }

    /// <summary>A connection over a client someone else owns (and disposes), e.g. a test's simulator client.</summary>
    public static CliConnection Over(KalturaClient client, HttpClient http, string description) =>
        new(client, http, null, description, ownsHttp: false);

    public static async Task<CliConnection> OpenAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ServiceUrl is null)
        {
            var simulator = await KalturaSimulator.StartInProcessAsync(
                new SimulatorOptions { Clock = TimeProvider.System, ConversionTime = TimeSpan.FromSeconds(2), LoggerFactory = settings.LoggerFactory },
                cancellationToken).ConfigureAwait(false);
            var simulatorHttp = simulator.CreateHttpClient();
            var simulatorClient = new KalturaClient(simulatorHttp, new KalturaClientOptions { ServiceUrl = simulator.BaseAddress, PartnerId = settings.PartnerId, LoggerFactory = settings.LoggerFactory })
            {
                Ks = simulator.CreateKs(settings.PartnerId),
            };
            return new CliConnection(simulatorClient, simulatorHttp, simulator, "in-process simulator");
        }

        var http = new HttpClient { BaseAddress = settings.ServiceUrl, Timeout = TimeSpan.FromMinutes(10) };
        var client = new KalturaClient(http, new KalturaClientOptions
        {
            ServiceUrl = settings.ServiceUrl,
            PartnerId = settings.PartnerId,
            Timeout = TimeSpan.FromMinutes(10),
            LoggerFactory = settings.LoggerFactory,

            // Generated from the secret and renewed before it expires, so an upload longer than a day keeps working.
            Session = new KalturaSessionOptions { Secret = settings.AdminSecret, Type = KsType.Admin, Privileges = "disableentitlement" },
        });
        return new CliConnection(client, http, null, settings.ServiceUrl.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsHttp)
        {
            Http.Dispose();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
