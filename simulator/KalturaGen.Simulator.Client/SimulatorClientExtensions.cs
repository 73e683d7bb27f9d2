using KalturaGen.Client;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Simulator;

/// <summary>The generated SDK's client for a <see cref="KalturaSimulator"/>.</summary>
public static class SimulatorClientExtensions
{
    /// <summary>The lifetime of the KS the simulator's clients carry: a year, so a test's client never sees it expire.</summary>
    public const int ClientKsExpirySeconds = 365 * 86400;

    /// <summary>A client for this simulator, ready with an ADMIN KS of the partner and no call timeout.</summary>
    /// <param name="simulator">The running simulator.</param>
    /// <param name="partnerId">The partner the client acts for (default 100).</param>
    public static KalturaClient CreateClient(this KalturaSimulator simulator, int partnerId = SimulatorDefaults.PartnerId)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var options = new KalturaClientOptions { Timeout = Timeout.InfiniteTimeSpan }.UseSimulator(simulator, partnerId);
        return new KalturaClient(simulator.CreateHttpClient(), options);
    }

    /// <summary>
    /// Points client options at the simulator: its service URL, the partner and an ADMIN KS of that partner. For
    /// <c>AddKalturaClient(o =&gt; o.UseSimulator(simulator))</c>; the HttpClient still needs
    /// <see cref="SimulatorHttpClientBuilderExtensions.UseSimulator"/> to reach an in-process simulator.
    /// </summary>
    /// <param name="options">The options to set.</param>
    /// <param name="simulator">The running simulator.</param>
    /// <param name="partnerId">The partner the client acts for (default 100).</param>
    /// <returns>The same options.</returns>
    public static KalturaClientOptions UseSimulator(this KalturaClientOptions options, KalturaSimulator simulator, int partnerId = SimulatorDefaults.PartnerId)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(simulator);
        options.ServiceUrl = simulator.BaseAddress;
        options.PartnerId = partnerId;
        options.Ks = simulator.CreateKs(partnerId, SessionKind.Admin, expirySeconds: ClientKsExpirySeconds);
        return options;
    }
}
