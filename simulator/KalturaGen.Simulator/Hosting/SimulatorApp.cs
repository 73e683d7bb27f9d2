using KalturaGen.Simulator.Admin;
using KalturaGen.Simulator.Dispatch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Hosting;

/// <summary>The one definition of the simulator app, shared by the standalone server, Kestrel and TestHost.</summary>
internal static class SimulatorApp
{
    /// <summary>The reserved path prefix of the admin API.</summary>
    public const string AdminPrefix = "/__kalturagen";

    /// <summary>Registers the simulator's services for the given runtime.</summary>
    public static void AddSimulator(this IServiceCollection services, SimulatorRuntime runtime)
    {
        services.AddSingleton(runtime);
        services.AddSingleton<Dispatcher>();
        services.AddSingleton<MultiRequestRunner>();
        if (runtime.Options.LoggerFactory is { } loggerFactory)
        {
            services.AddSingleton(loggerFactory);
        }
    }

    /// <summary>Maps the api_v3 entry point, content downloads and the admin API.</summary>
    public static void MapSimulator(this IEndpointRouteBuilder app)
    {
        RequestDelegate api = static http => ApiEndpoint.HandleAsync(
            http,
            http.RequestServices.GetRequiredService<SimulatorRuntime>(),
            http.RequestServices.GetRequiredService<Dispatcher>(),
            http.RequestServices.GetRequiredService<MultiRequestRunner>(),
            http.RequestServices.GetRequiredService<ILogger<Dispatcher>>());
        app.Map("/api_v3", api);
        app.Map("/api_v3/{**rest}", api);
        app.MapContentDownloads();
        app.MapAdmin();
    }

    /// <summary>Removes the request body size limit (uploads can be many gigabytes) and quiets logging.</summary>
    public static void ConfigureForUploads(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }
}
