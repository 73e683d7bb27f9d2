using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// What every request of one client carries besides its parameters: where it goes (service URL), as whom (KS,
/// partner), and how it is tagged (client tag, API version). The client's services share one connection, so
/// setting <see cref="Ks"/> affects every later call; in dependency injection it is a singleton.
/// </summary>
public sealed class KalturaConnection
{
    private readonly object _settingsLock = new();
    private volatile string? _ks;
    private RefitSettings? _refitSettings;

    /// <summary>Creates a connection; <paramref name="apiVersion"/> is sent as <c>apiVersion</c> (empty: not sent).</summary>
    public KalturaConnection(KalturaClientOptions options, string apiVersion)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ServiceUrl);
        Options = options;
        ApiVersion = apiVersion ?? string.Empty;
        _ks = options.Ks;
    }

    /// <summary>
    /// Gives <paramref name="httpClient"/> the service URL as its base address when it has none (Refit sends to the
    /// HttpClient's base address; one it already has is kept).
    /// </summary>
    /// <exception cref="InvalidOperationException">The HttpClient has no base address and has already sent requests, so it cannot be given one.</exception>
    public HttpClient Prepare(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            try
            {
                httpClient.BaseAddress = Options.ServiceUrl;
            }
            catch (InvalidOperationException exception)
            {
                throw new InvalidOperationException(
                    "The HttpClient has no BaseAddress and has already sent requests, so the service URL cannot be set on it: give it BaseAddress = the service URL, or pass a new HttpClient.",
                    exception);
            }
        }

        return httpClient;
    }

    /// <summary>The options this connection was created with.</summary>
    public KalturaClientOptions Options { get; }

    /// <summary>The API version sent with each request.</summary>
    public string ApiVersion { get; }

    /// <summary>The Kaltura session sent with each request (null: none).</summary>
    public string? Ks
    {
        get => _ks;
        set => _ks = value;
    }

    /// <summary>
    /// The Refit settings of this connection, created once: the Kaltura body serializer and error factory (see
    /// <see cref="KalturaRefit.CreateSettings"/>) over <paramref name="resultOptions"/>, a generated SDK's JSON options.
    /// </summary>
    public RefitSettings GetRefitSettings(System.Text.Json.JsonSerializerOptions resultOptions)
    {
        ArgumentNullException.ThrowIfNull(resultOptions);
        lock (_settingsLock)
        {
            return _refitSettings ??= KalturaRefit.CreateSettings(this, resultOptions);
        }
    }
}
