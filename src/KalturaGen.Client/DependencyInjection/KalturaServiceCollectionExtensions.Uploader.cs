using KalturaGen.Client.Upload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KalturaGen.Client;

/// <summary>The upload engine of this SDK, registered with each client by <c>AddKalturaClient</c>.</summary>
public static partial class KalturaServiceCollectionExtensions
{
    /// <summary>The section, inside a client's configuration section, that holds its uploader's <see cref="UploadOptions"/>.</summary>
    public const string UploadSectionName = "Upload";

    /// <summary>
    /// Registers the client's <see cref="KalturaUploader"/> (scoped, keyed like the client: it holds a chunk budget of
    /// <see cref="UploadOptions.MaxParallelism"/> shared by the uploads of one scope) with the named
    /// <see cref="UploadOptions"/> of the client, bound from the <c>Upload</c> section of its configuration and checked
    /// at start; its retries and READY polling run on the client's <see cref="Runtime.KalturaClientOptions.TimeProvider"/>.
    /// </summary>
    static partial void OnKalturaClientAdded(IServiceCollection services, string? name, IConfiguration? configuration)
    {
        var optionsName = name ?? Options.DefaultName;
        var options = services.AddOptions<UploadOptions>(optionsName);
        if (configuration is not null)
        {
            var section = configuration.GetSection(UploadSectionName);
            options.Configure(o => UploadOptionsBinder.Bind(section, o));
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UploadOptions>, UploadOptionsValidator>());
        services.AddKeyedScoped(name, (provider, key) =>
        {
            var client = provider.GetRequiredKeyedService<KalturaClient>(key);
            var uploadOptions = provider.GetRequiredService<IOptionsMonitor<UploadOptions>>().Get(optionsName);
            return client.CreateUploader(uploadOptions, client.Connection.Options.TimeProvider);
        });
    }
}
