using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>The implementation of <see cref="IKalturaMultiRequestApi"/>, registered with Refit's runtime when this assembly loads.</summary>
internal sealed class KalturaMultiRequestApi(HttpClient client, RefitSettings settings) : IKalturaMultiRequestApi
{
    private const string Path = "/api_v3/service/multirequest";

    public HttpClient Client { get; } = client;

    public Task<JsonDocument> ExecuteAsync(KalturaMultiRequestParameters calls, CancellationToken cancellationToken = default) =>
        KalturaRefitRunner.SendAsync<KalturaMultiRequestParameters, JsonDocument>(
            Client, settings, typeof(IKalturaMultiRequestApi), nameof(ExecuteAsync), Path, calls, cancellationToken);

    public Task<JsonDocument> ExecuteWithFilesAsync(KalturaMultiRequestParameters calls, IEnumerable<KalturaFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parts = files.Select(f => new KeyValuePair<string, KalturaFile?>(f.Name ?? "files", f)).ToList();
        return KalturaRefitRunner.SendMultipartAsync<KalturaMultiRequestParameters, JsonDocument>(
            Client, settings, typeof(IKalturaMultiRequestApi), nameof(ExecuteWithFilesAsync), Path, calls, parts, cancellationToken);
    }

    [SuppressMessage("Usage", "CA2255:The ModuleInitializer attribute should not be used in libraries", Justification = "Refit looks generated implementations up in its registry; they must be there before the first RestService.For.")]
    [ModuleInitializer]
    internal static void Register()
    {
        RestService.RegisterGeneratedFactory<IKalturaMultiRequestApi>(static (client, builder) => new KalturaMultiRequestApi(client, builder.Settings));
        RestService.RegisterGeneratedSettingsFactory<IKalturaMultiRequestApi>(static (client, settings) => new KalturaMultiRequestApi(client, settings));
    }
}
