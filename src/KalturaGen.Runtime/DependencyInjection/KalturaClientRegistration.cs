using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// The part of a generated SDK's <c>AddKalturaClient</c> that does not depend on the schema: the client's options
/// (bound from configuration, then configured in code, checked at start), its connection and its HttpClient. A client
/// with a name is registered under that name as a keyed service; the default client (no name) unkeyed.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KalturaClientRegistration
{
    /// <summary>
    /// Registers the options of the client <paramref name="name"/> (the named options <paramref name="name"/>, or the
    /// default options), bound from <paramref name="configuration"/> and then <paramref name="configure"/>, validated by
    /// <see cref="KalturaClientOptionsValidator"/> when the host starts; the client's <see cref="KalturaConnection"/>
    /// (a singleton, keyed by <paramref name="name"/>); and its HttpClient, whose base address is the service URL and
    /// whose own timeout is off (<see cref="KalturaClientOptions.Timeout"/> applies instead).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; null for the default client.</param>
    /// <param name="configuration">The client's configuration section (<c>ServiceUrl</c>, <c>PartnerId</c>, <c>Session:Secret</c>, ...), or null.</param>
    /// <param name="configure">Code that sets options after the configuration, or null.</param>
    /// <param name="apiVersion">The generated SDK's API version, sent as <c>apiVersion</c>.</param>
    /// <param name="httpClientName">The generated SDK's HttpClient name; a named client's is <c>{httpClientName}:{name}</c>.</param>
    /// <returns>The builder of the client's HttpClient.</returns>
    public static IHttpClientBuilder AddConnection(
        IServiceCollection services, string? name, IConfiguration? configuration, Action<KalturaClientOptions>? configure, string apiVersion, string httpClientName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(httpClientName);
        if (name is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
        }

        var optionsName = name ?? Microsoft.Extensions.Options.Options.DefaultName;
        var options = services.AddOptions<KalturaClientOptions>(optionsName);
        if (configuration is not null)
        {
            options.Configure(o => KalturaClientOptionsBinder.Bind(configuration, o));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.PostConfigure<IServiceProvider>((o, provider) => o.LoggerFactory ??= provider.GetService<Microsoft.Extensions.Logging.ILoggerFactory>());
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KalturaClientOptions>, KalturaClientOptionsValidator>());
        services.TryAddKeyedSingleton(
            name,
            (provider, _) => new KalturaConnection(provider.GetRequiredService<IOptionsMonitor<KalturaClientOptions>>().Get(optionsName), apiVersion));
        return services
            .AddHttpClient(name is null ? httpClientName : $"{httpClientName}:{name}")
            .ConfigureHttpClient((provider, httpClient) =>
            {
                httpClient.BaseAddress = provider.GetRequiredKeyedService<KalturaConnection>(name).ServiceUrl;
                httpClient.Timeout = Timeout.InfiniteTimeSpan;
            });
    }

    /// <summary>
    /// Registers the Refit interface <typeparamref name="T"/> of the client <paramref name="name"/> with Refit.HttpClientFactory
    /// (<c>AddKeyedRefitGeneratedClient</c> under the name; <c>AddRefitGeneratedClient</c> for the default client) on the
    /// client's HttpClient.
    /// </summary>
    public static void AddRefitClient<T>(IServiceCollection services, string? name, Func<IServiceProvider, RefitSettings> settings, string httpClientName)
        where T : class
    {
        if (name is null)
        {
            services.AddRefitGeneratedClient<T>(settings, httpClientName);
        }
        else
        {
            services.AddKeyedRefitGeneratedClient<T>(name, settings, httpClientName);
        }
    }

    /// <summary>The Refit settings of the client registered under <paramref name="key"/> (null: the default client).</summary>
    public static RefitSettings Settings(IServiceProvider provider, object? key, JsonSerializerOptions resultOptions)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.GetRequiredKeyedService<KalturaConnection>(key).GetRefitSettings(resultOptions);
    }
}
