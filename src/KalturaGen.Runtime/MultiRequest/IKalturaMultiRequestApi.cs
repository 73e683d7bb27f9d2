using System.Text.Json;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// Kaltura's multirequest endpoint as a Refit interface: several calls in one POST to
/// <c>/api_v3/service/multirequest</c>, answered with a JSON array of results. Refit has no batching of its own;
/// <see cref="KalturaMultiRequestBase"/> queues typed calls and sends them through this.
/// </summary>
public interface IKalturaMultiRequestApi
{
    /// <summary>Sends the calls as one JSON body and returns the raw answer (the caller disposes it).</summary>
    [Post("/api_v3/service/multirequest")]
    Task<JsonDocument> ExecuteAsync([Body] KalturaMultiRequestParameters calls, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the calls as multipart/form-data: the JSON body as the <c>json</c> part, then the files, each part named
    /// <c>{call index}:{parameter}</c>.
    /// </summary>
    [Multipart(KalturaRefit.MultipartBoundary)]
    [Post("/api_v3/service/multirequest")]
    Task<JsonDocument> ExecuteWithFilesAsync([AliasAs("json")] KalturaMultiRequestParameters calls, [AliasAs("files")] IEnumerable<KalturaFile> files, CancellationToken cancellationToken = default);
}
