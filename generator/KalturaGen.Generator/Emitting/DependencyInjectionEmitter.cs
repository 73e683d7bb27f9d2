using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits the <c>AddKalturaClient</c> overloads (options from code or from a configuration section, a default client
/// or named ones). The runtime registers the options, their validation, the connection and the HttpClient
/// (<c>KalturaClientRegistration</c>); this file adds every Refit interface on that HttpClient (Refit.HttpClientFactory's
/// <c>AddRefitGeneratedClient</c>, keyed for a named client), and the friendly services and <c>KalturaClient</c> over
/// them, keyed by the client's name (the default client unkeyed).
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string Di = "global::Microsoft.Extensions.DependencyInjection";
    private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
    private const string Options = "global::KalturaGen.Runtime.KalturaClientOptions";

    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        var apis = output.Services.Select(s => $"global::{ns}.Api.I{s.Name}Api").ToList();
        writer.WriteLine($$"""
            /// <summary>Registers the generated Kaltura client with a dependency injection container.</summary>
            /// <remarks>
            /// Each client's options are validated when the host starts (<c>ValidateOnStart</c>, see
            /// <see cref="global::KalturaGen.Runtime.KalturaClientOptionsValidator"/>). A configuration section looks like
            /// <c>{ "ServiceUrl": "https://www.kaltura.com", "PartnerId": 123, "Session": { "Secret": "...", "Type": "Admin", "UserId": "...", "Privileges": "...", "Expiry": "1.00:00:00" } }</c>;
            /// with <c>Session:Secret</c> the client generates its KS and renews it before it expires.
            /// </remarks>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public static partial class KalturaServiceCollectionExtensions
            {
                /// <summary>The name of the default client's HttpClient (a named client's is <c>{HttpClientName}:{name}</c>).</summary>
                public const string HttpClientName = {{SymbolDisplay.FormatLiteral("KalturaGen:" + ns, true)}};

                /// <summary>
                /// Registers the default client: <see cref="global::{{ns}}.KalturaClient"/>, the friendly service interfaces
                /// and each service's Refit interface (through <c>AddRefitGeneratedClient</c>, on the HttpClient
                /// <see cref="HttpClientName"/>), over one singleton <see cref="global::KalturaGen.Runtime.KalturaConnection"/>.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the service URL, partner, session, client tag and timeout.</param>
                /// <returns>The builder of the client's HttpClient: add handlers (retries, logging, a test handler) to it.</returns>
                public static {{Di}}.IHttpClientBuilder AddKalturaClient(
                    this {{Di}}.IServiceCollection services,
                    global::System.Action<{{Options}}> configure)
                {
                    global::System.ArgumentNullException.ThrowIfNull(configure);
                    return Register(services, null, null, configure);
                }

                /// <summary>Registers the default client with its options bound from <paramref name="configuration"/>.</summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configuration">The client's section, e.g. <c>builder.Configuration.GetSection("Kaltura")</c>.</param>
                /// <param name="configure">Sets options after the configuration (a session provider, a clock), or null.</param>
                /// <returns>The builder of the client's HttpClient.</returns>
                public static {{Di}}.IHttpClientBuilder AddKalturaClient(
                    this {{Di}}.IServiceCollection services,
                    {{Configuration}} configuration,
                    global::System.Action<{{Options}}>? configure = null)
                {
                    global::System.ArgumentNullException.ThrowIfNull(configuration);
                    return Register(services, null, configuration, configure);
                }

                /// <summary>
                /// Registers a client named <paramref name="name"/> (another partner, another server): its services are
                /// keyed services under that name (<c>[FromKeyedServices("name")] KalturaClient client</c>), with their own
                /// options (named options), connection and HttpClient.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="name">The client's name, its service key.</param>
                /// <param name="configure">Sets the service URL, partner, session, client tag and timeout.</param>
                /// <returns>The builder of the client's HttpClient (<c>{HttpClientName}:{name}</c>).</returns>
                public static {{Di}}.IHttpClientBuilder AddKalturaClient(
                    this {{Di}}.IServiceCollection services,
                    string name,
                    global::System.Action<{{Options}}> configure)
                {
                    global::System.ArgumentException.ThrowIfNullOrWhiteSpace(name);
                    global::System.ArgumentNullException.ThrowIfNull(configure);
                    return Register(services, name, null, configure);
                }

                /// <summary>Registers a client named <paramref name="name"/> with its options bound from <paramref name="configuration"/>.</summary>
                /// <param name="services">The service collection.</param>
                /// <param name="name">The client's name, its service key.</param>
                /// <param name="configuration">The client's section, e.g. <c>builder.Configuration.GetSection("Kaltura:PartnerA")</c>.</param>
                /// <param name="configure">Sets options after the configuration, or null.</param>
                /// <returns>The builder of the client's HttpClient (<c>{HttpClientName}:{name}</c>).</returns>
                public static {{Di}}.IHttpClientBuilder AddKalturaClient(
                    this {{Di}}.IServiceCollection services,
                    string name,
                    {{Configuration}} configuration,
                    global::System.Action<{{Options}}>? configure = null)
                {
                    global::System.ArgumentException.ThrowIfNullOrWhiteSpace(name);
                    global::System.ArgumentNullException.ThrowIfNull(configuration);
                    return Register(services, name, configuration, configure);
                }

                /// <summary>Lets hand-written code of this SDK register more services for each client (this SDK's extras).</summary>
                static partial void OnKalturaClientAdded({{Di}}.IServiceCollection services, string? name, {{Configuration}}? configuration);

                private static {{Di}}.IHttpClientBuilder Register(
                    {{Di}}.IServiceCollection services,
                    string? name,
                    {{Configuration}}? configuration,
                    global::System.Action<{{Options}}>? configure)
                {
                    var builder = global::KalturaGen.Runtime.KalturaClientRegistration.AddConnection(
                        services, name, configuration, configure, global::{{ns}}.KalturaClient.SchemaApiVersion, HttpClientName);
                    global::System.Func<global::System.IServiceProvider, global::Refit.RefitSettings> settings =
                        provider => global::KalturaGen.Runtime.KalturaClientRegistration.Settings(provider, name, global::{{ns}}.Json.KalturaJsonTypeInfoResolver.Options);
                    global::KalturaGen.Runtime.KalturaClientRegistration.AddRefitClient<global::KalturaGen.Runtime.IKalturaMultiRequestApi>(services, name, settings, builder.Name);
            """);
        foreach (var api in apis)
        {
            writer.WriteLine($"        global::KalturaGen.Runtime.KalturaClientRegistration.AddRefitClient<{api}>(services, name, settings, builder.Name);");
        }

        foreach (var service in output.Services)
        {
            writer.WriteLine($"        {Di}.ServiceCollectionServiceExtensions.AddKeyedTransient<global::{ns}.Services.I{service.Name}Service>(services, name, static (provider, key) => new global::{ns}.Services.{service.Name}Service(Get<global::{ns}.Api.I{service.Name}Api>(provider, key)));");
        }

        var clientArguments = string.Join(
            ",\n                ",
            apis.Prepend("global::KalturaGen.Runtime.IKalturaMultiRequestApi").Prepend("global::KalturaGen.Runtime.KalturaConnection").Select(a => $"Get<{a}>(provider, key)"));
        writer.WriteLine($$"""
                    {{Di}}.ServiceCollectionServiceExtensions.AddKeyedTransient(
                        services,
                        name,
                        static (provider, key) => new global::{{ns}}.KalturaClient(
                            {{clientArguments}}));
                    OnKalturaClientAdded(services, name, configuration);
                    return builder;
                }

                private static T Get<T>(global::System.IServiceProvider provider, object? key)
                    where T : notnull =>
                    {{Di}}.ServiceProviderKeyedServiceExtensions.GetRequiredKeyedService<T>(provider, key);
            }
            """);
        return writer.ToString();
    }
}
