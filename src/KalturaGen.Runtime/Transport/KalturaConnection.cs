using KalturaGen.Runtime.Sessions;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// What every request of one client carries besides its parameters: where it goes (service URL), as whom (the
/// session provider's KS, partner), and how it is tagged (client tag, API version). The client's services share one
/// connection, so a change of session affects every later call; in dependency injection it is a singleton.
/// </summary>
public sealed class KalturaConnection
{
    private readonly object _settingsLock = new();
    private volatile IKalturaSessionProvider _sessionProvider;
    private volatile string? _lastKs;
    private RefitSettings? _refitSettings;

    /// <summary>Creates a connection; <paramref name="apiVersion"/> is sent as <c>apiVersion</c> (empty: not sent).</summary>
    /// <exception cref="ArgumentException">The options fail a check of <see cref="KalturaClientOptionsValidator"/> (the message says which).</exception>
    public KalturaConnection(KalturaClientOptions options, string apiVersion)
    {
        ArgumentNullException.ThrowIfNull(options);
        KalturaClientOptionsValidator.ThrowIfInvalid(options);
        Options = options;
        ServiceUrl = options.ServiceUrl!;
        ApiVersion = apiVersion ?? string.Empty;
        _sessionProvider = options.CreateSessionProvider();
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
                httpClient.BaseAddress = ServiceUrl;
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

    /// <summary>The server root requests go to (<see cref="KalturaClientOptions.ServiceUrl"/>).</summary>
    public Uri ServiceUrl { get; }

    /// <summary>The API version sent with each request.</summary>
    public string ApiVersion { get; }

    /// <summary>
    /// Where each call gets its KS (asked before every call): from the options' <c>SessionProvider</c>,
    /// <c>Session.Secret</c> or <c>Ks</c>. Replace it to change the session of every later call.
    /// </summary>
    public IKalturaSessionProvider SessionProvider
    {
        get => _sessionProvider;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _sessionProvider = value;
            _lastKs = null;
        }
    }

    /// <summary>
    /// The Kaltura session sent with each request (null: none). Setting it switches to that fixed KS
    /// (<see cref="KalturaStaticSessionProvider"/>). With a renewing or custom provider, it reads the KS of the most
    /// recent call (null before the first).
    /// </summary>
    public string? Ks
    {
        get => _sessionProvider is KalturaStaticSessionProvider fixedKs ? fixedKs.Ks : _lastKs;
        set => SessionProvider = new KalturaStaticSessionProvider(value);
    }

    /// <summary>Asks the session provider for the KS of the call about to be made, and remembers it as <see cref="Ks"/>.</summary>
    public async ValueTask<string?> GetKsAsync(CancellationToken cancellationToken = default)
    {
        var provider = _sessionProvider;
        var ks = await provider.GetKsAsync(cancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(provider, _sessionProvider))
        {
            _lastKs = ks;
        }

        return ks;
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
