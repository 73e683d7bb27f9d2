using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// The standalone simulator (its own program and <c>kalturagen serve</c>): configured from ASP.NET Core configuration
/// (<c>--urls</c>, <c>--Simulator:ConversionTime</c>, <c>--Simulator:ClockMode manual</c>, environment variables,
/// appsettings), with the startup banner, until shutdown.
/// </summary>
public static class StandaloneSimulator
{
    /// <summary>Runs the simulator configured from <paramref name="args"/> until the host shuts down or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        var runtime = new SimulatorRuntime(SimulatorConfiguration.Read(builder.Configuration));
        builder.ConfigureForUploads();
        builder.Services.AddSimulator(runtime);
        await using var app = builder.Build();
        app.MapSimulator();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app.Urls, runtime));
        app.Lifetime.ApplicationStopped.Register(runtime.Dispose);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
