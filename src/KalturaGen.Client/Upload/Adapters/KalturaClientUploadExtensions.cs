namespace KalturaGen.Client.Upload;

/// <summary>Upload entry points on the generated client.</summary>
public static class KalturaClientUploadExtensions
{
    /// <summary>An uploader that turns files into entries through this client.</summary>
    /// <param name="client">The client, with a KS that may upload and create entries.</param>
    /// <param name="options">Upload and ingestion settings (defaults: adaptive chunks, 4 in flight, wait for READY).</param>
    /// <param name="timeProvider">The clock for retry delays and READY polling.</param>
    public static KalturaUploader CreateUploader(this KalturaClient client, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new KalturaUploader(new KalturaUploadTokenApi(client.UploadToken), new KalturaEntryApi(client), options, timeProvider);
    }

    /// <summary>A token-level chunk uploader through this client.</summary>
    public static ChunkedUploader CreateChunkedUploader(this KalturaClient client, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ChunkedUploader(new KalturaUploadTokenApi(client.UploadToken), options, timeProvider);
    }
}
