using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Simulator;

/// <summary>Sends a registered client's HTTP calls to a <see cref="KalturaSimulator"/>.</summary>
public static class SimulatorHttpClientBuilderExtensions
{
    /// <summary>
    /// Makes <see cref="KalturaSimulator.CreateHandler"/> the HttpClient's primary handler, so the client registered by
    /// <c>AddKalturaClient</c> reaches the simulator, in process (TestHost) or on its port; handlers added to the builder
    /// (retries, logging) stay in front of it.
    /// </summary>
    /// <param name="builder">The builder <c>AddKalturaClient</c> returned.</param>
    /// <param name="simulator">The running simulator.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseSimulator(this IHttpClientBuilder builder, KalturaSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(simulator);
        return builder.ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler);
    }
}
