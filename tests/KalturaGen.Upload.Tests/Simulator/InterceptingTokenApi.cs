using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// Passes every call to the real token API over HTTP, letting a test act just before a chunk goes out (hold it, cancel
/// the upload, arm a fault in the simulator).
/// </summary>
public sealed class InterceptingTokenApi(IUploadTokenApi inner) : IUploadTokenApi
{
    public Func<ChunkUploadRequest, Task>? BeforeUpload { get; set; }

    public Func<ChunkUploadRequest, Task>? AfterUpload { get; set; }

    public Task<UploadTokenInfo> AddAsync(string fileName, long? fileSize, bool autoFinalize, CancellationToken cancellationToken) =>
        inner.AddAsync(fileName, fileSize, autoFinalize, cancellationToken);

    public Task<UploadTokenInfo> GetAsync(string uploadTokenId, CancellationToken cancellationToken) =>
        inner.GetAsync(uploadTokenId, cancellationToken);

    public Task<UploadTokenInfo?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken) =>
        inner.FindByFileNameAsync(fileName, cancellationToken);

    public Task DeleteAsync(string uploadTokenId, CancellationToken cancellationToken) =>
        inner.DeleteAsync(uploadTokenId, cancellationToken);

    public async Task<UploadTokenInfo> UploadAsync(ChunkUploadRequest request, CancellationToken cancellationToken)
    {
        if (BeforeUpload is { } before)
        {
            await before(request);
        }

        var answer = await inner.UploadAsync(request, cancellationToken);
        if (AfterUpload is { } after)
        {
            await after(request);
        }

        return answer;
    }

    public string? ErrorCodeOf(Exception exception) => inner.ErrorCodeOf(exception);
}
