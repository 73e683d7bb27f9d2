using KalturaGen.Client.Json;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>The generated Refit interfaces pointed at an in-process simulator, the ways an application would create them.</summary>
internal static class SimulatorRefit
{
    /// <summary>An ADMIN KS of partner 100, as <see cref="SimulatorClientExtensions.CreateClient"/> makes it.</summary>
    public static string AdminKs(KalturaSimulator simulator) =>
        simulator.CreateKs(SimulatorDefaults.PartnerId, SessionKind.Admin, expirySeconds: SimulatorClientExtensions.ClientKsExpirySeconds);

    /// <summary>Client options for the simulator: partner 100, the given KS (none when null).</summary>
    public static KalturaClientOptions Options(KalturaSimulator simulator, string? ks) => new()
    {
        ServiceUrl = simulator.BaseAddress,
        PartnerId = SimulatorDefaults.PartnerId,
        Ks = ks,
    };

    /// <summary>The settings the SDK documents for its Refit interfaces, over a connection with an admin KS.</summary>
    public static RefitSettings Settings(KalturaSimulator simulator) =>
        Settings(new KalturaConnection(Options(simulator, AdminKs(simulator)), KalturaClient.SchemaApiVersion));

    /// <summary>The settings the SDK documents for its Refit interfaces, over <paramref name="connection"/>.</summary>
    public static RefitSettings Settings(KalturaConnection connection) =>
        KalturaRefit.CreateSettings(connection, KalturaJsonTypeInfoResolver.Options);

    /// <summary><c>RestService.For&lt;T&gt;</c> over the simulator's HttpClient.</summary>
    public static T For<T>(KalturaSimulator simulator, RefitSettings? settings = null)
        where T : class =>
        RestService.For<T>(simulator.CreateHttpClient(), settings ?? Settings(simulator));

    /// <summary>A container with <c>AddKalturaClient</c> whose HttpClient reaches the simulator.</summary>
    public static ServiceProvider Services(KalturaSimulator simulator, string? ks, Action<IHttpClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services
            .AddKalturaClient(o =>
            {
                o.ServiceUrl = simulator.BaseAddress;
                o.PartnerId = SimulatorDefaults.PartnerId;
                o.Ks = ks;
            })
            .ConfigurePrimaryHttpMessageHandler(simulator.CreateHandler);
        configure?.Invoke(builder);
        return services.BuildServiceProvider();
    }
}
