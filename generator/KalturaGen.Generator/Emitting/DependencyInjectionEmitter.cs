using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>AddKalturaClient</c>: every Refit interface registered through Refit.HttpClientFactory's
/// <c>AddRefitGeneratedClient</c> on one named HttpClient, the connection as a singleton (so a KS set on one client
/// holds for all), and the friendly services and <c>KalturaClient</c> over them.
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string Di = "global::Microsoft.Extensions.DependencyInjection";

    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        var apis = output.Services.Select(s => $"global::{ns}.Api.I{s.Name}Api").ToList();
        writer.WriteLine($$"""
            /// <summary>Registers the generated Kaltura client with a dependency injection container.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public static partial class KalturaServiceCollectionExtensions
            {
                /// <summary>The name of the HttpClient every service of this SDK sends with (configure it to add handlers).</summary>
                public const string HttpClientName = {{SymbolDisplay.FormatLiteral("KalturaGen:" + ns, true)}};

                /// <summary>
                /// Registers each service's Refit interface with <c>AddRefitGeneratedClient</c> (one named HttpClient,
                /// <see cref="HttpClientName"/>, whose base address is the service URL and whose own timeout is off:
                /// <see cref="global::KalturaGen.Runtime.KalturaClientOptions.Timeout"/> applies instead), the friendly service
                /// interfaces, <see cref="global::{{ns}}.KalturaClient"/>, and a singleton
                /// <see cref="global::KalturaGen.Runtime.KalturaConnection"/> holding the options and the KS.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the service URL, partner, KS, client tag and timeout.</param>
                /// <returns>The builder of the shared HttpClient: add handlers (retries, logging, a test handler) to it.</returns>
                public static {{Di}}.IHttpClientBuilder AddKalturaClient(
                    this {{Di}}.IServiceCollection services,
                    global::System.Action<global::KalturaGen.Runtime.KalturaClientOptions> configure)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    global::System.ArgumentNullException.ThrowIfNull(configure);
                    {{Di}}.OptionsServiceCollectionExtensions.Configure(services, configure);
                    {{Di}}.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(
                        services,
                        static provider => new global::KalturaGen.Runtime.KalturaConnection(Options(provider), global::{{ns}}.KalturaClient.SchemaApiVersion));
                    global::Refit.HttpClientFactoryExtensions.AddRefitGeneratedClient<global::KalturaGen.Runtime.IKalturaMultiRequestApi>(services, Settings, HttpClientName);
            """);
        foreach (var api in apis)
        {
            writer.WriteLine($"        global::Refit.HttpClientFactoryExtensions.AddRefitGeneratedClient<{api}>(services, Settings, HttpClientName);");
        }

        foreach (var service in output.Services)
        {
            writer.WriteLine($"        {Di}.ServiceCollectionServiceExtensions.AddTransient<global::{ns}.Services.I{service.Name}Service>(services, static provider => new global::{ns}.Services.{service.Name}Service(Get<global::{ns}.Api.I{service.Name}Api>(provider)));");
        }

        var clientArguments = string.Join(
            ",\n                ",
            apis.Prepend("global::KalturaGen.Runtime.IKalturaMultiRequestApi").Prepend("global::KalturaGen.Runtime.KalturaConnection").Select(a => $"Get<{a}>(provider)"));
        writer.WriteLine($$"""
                    {{Di}}.ServiceCollectionServiceExtensions.AddTransient(
                        services,
                        static provider => new global::{{ns}}.KalturaClient(
                            {{clientArguments}}));
                    return {{Di}}.HttpClientBuilderExtensions.ConfigureHttpClient(
                        {{Di}}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, HttpClientName),
                        static (provider, httpClient) =>
                        {
                            httpClient.BaseAddress = Options(provider).ServiceUrl;
                            httpClient.Timeout = global::System.Threading.Timeout.InfiniteTimeSpan;
                        });
                }

                private static global::Refit.RefitSettings Settings(global::System.IServiceProvider provider) =>
                    Get<global::KalturaGen.Runtime.KalturaConnection>(provider).GetRefitSettings(global::{{ns}}.Json.KalturaJsonTypeInfoResolver.Options);

                private static global::KalturaGen.Runtime.KalturaClientOptions Options(global::System.IServiceProvider provider) =>
                    Get<global::Microsoft.Extensions.Options.IOptions<global::KalturaGen.Runtime.KalturaClientOptions>>(provider).Value;

                private static T Get<T>(global::System.IServiceProvider provider)
                    where T : notnull =>
                    {{Di}}.ServiceProviderServiceExtensions.GetRequiredService<T>(provider);
            }
            """);
        return writer.ToString();
    }
}
