using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Configuration;

namespace KalturaGen.Runtime;

/// <summary>
/// Binds <see cref="KalturaClientOptions"/> from a configuration section with the configuration binding source
/// generator (no reflection: trimming- and AOT-safe). The options' code-only members (<c>SessionProvider</c>,
/// <c>TimeProvider</c>) are not configuration, so the values that are go through <see cref="ConfiguredValues"/>;
/// a key that is absent leaves its option as it was.
/// </summary>
internal static class KalturaClientOptionsBinder
{
    public static void Bind(IConfiguration configuration, KalturaClientOptions options)
    {
        var values = configuration.Get<ConfiguredValues>();
        if (values is not null)
        {
            options.ServiceUrl = values.ServiceUrl ?? options.ServiceUrl;
            options.PartnerId = values.PartnerId ?? options.PartnerId;
            options.Ks = values.Ks ?? options.Ks;
            options.ClientTag = values.ClientTag ?? options.ClientTag;
            options.Timeout = values.Timeout ?? options.Timeout;
        }

        options.Session ??= new KalturaSessionOptions();
        configuration.GetSection(nameof(KalturaClientOptions.Session)).Bind(options.Session);
    }

    /// <summary>The configurable values of <see cref="KalturaClientOptions"/> besides its session; null: not configured.</summary>
    internal sealed class ConfiguredValues
    {
        public Uri? ServiceUrl { get; set; }

        public int? PartnerId { get; set; }

        public string? Ks { get; set; }

        public string? ClientTag { get; set; }

        public TimeSpan? Timeout { get; set; }
    }
}
