namespace KalturaGen.Client.Upload;

/// <summary>Upload entry points on the generated client.</summary>
public static class KalturaClientUploadExtensions
{
    /// <summary>An uploader that turns files into entries through this client.</summary>
    /// <param name="client">The client, with a KS that may upload and create entries.</param>
    /// <param name="options">Upload and ingestion settings (defaults: adaptive chunks, 4 in flight (1 on a loopback service URL), wait for READY).</param>
    /// <param name="timeProvider">The clock for retry delays and READY polling.</param>
    public static KalturaUploader CreateUploader(this KalturaClient client, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new KalturaUploader(new KalturaUploadTokenApi(client.UploadToken), new KalturaEntryApi(client), ForClient(options, client), timeProvider);
    }

    /// <summary>A token-level chunk uploader through this client.</summary>
    public static ChunkedUploader CreateChunkedUploader(this KalturaClient client, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ChunkedUploader(new KalturaUploadTokenApi(client.UploadToken), ForClient(options, client), timeProvider);
    }

    // Unset parallelism follows the service URL (see UploadOptions.MaxParallelism).
    private static UploadOptions ForClient(UploadOptions? options, KalturaClient client) =>
        (options ?? new UploadOptions()).ForService(client.Connection.ServiceUrl);
}
