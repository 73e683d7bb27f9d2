using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>Emits <c>AddKalturaClient</c>: a typed HttpClient registration of the client and its service interfaces.</summary>
internal static class DependencyInjectionEmitter
{
    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        writer.WriteLine($$"""
            /// <summary>Registers the generated Kaltura client with a dependency injection container.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public static partial class KalturaServiceCollectionExtensions
            {
                /// <summary>
                /// Registers <see cref="global::{{ns}}.KalturaClient"/> as a typed client of <c>IHttpClientFactory</c>, its
                /// options, and every service interface (resolved from the client). The HttpClient's own timeout is
                /// turned off: <see cref="global::KalturaGen.Runtime.KalturaClientOptions.Timeout"/> applies instead.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the service URL, partner, KS, client tag and timeout.</param>
                /// <returns>The HttpClient builder, to add handlers (retries, logging, a test handler).</returns>
                public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddKalturaClient(
                    this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services,
                    global::System.Action<global::KalturaGen.Runtime.KalturaClientOptions> configure)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    global::System.ArgumentNullException.ThrowIfNull(configure);
                    global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure(services, configure);
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine($"        global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddTransient<global::{ns}.Services.I{service.Name}Service>(services, static provider => Client(provider).{service.Name});");
        }

        writer.WriteLine($$"""
                    var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<global::{{ns}}.KalturaClient, global::{{ns}}.KalturaClient>(
                        services,
                        static (global::System.Net.Http.HttpClient httpClient, global::System.IServiceProvider provider) => new global::{{ns}}.KalturaClient(
                            httpClient,
                            global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                                .GetRequiredService<global::Microsoft.Extensions.Options.IOptions<global::KalturaGen.Runtime.KalturaClientOptions>>(provider).Value));
                    return global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.ConfigureHttpClient(
                        builder,
                        static httpClient => httpClient.Timeout = global::System.Threading.Timeout.InfiniteTimeSpan);
                }

                private static global::{{ns}}.KalturaClient Client(global::System.IServiceProvider provider) =>
                    global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::{{ns}}.KalturaClient>(provider);
            }
            """);
        return writer.ToString();
    }
}
