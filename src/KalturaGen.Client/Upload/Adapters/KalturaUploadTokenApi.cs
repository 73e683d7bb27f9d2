using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Runtime;

namespace KalturaGen.Client.Upload;

/// <summary>The chunk engine's token calls, on the generated <see cref="IUploadTokenService"/>.</summary>
/// <param name="service">The generated service (<c>client.UploadToken</c>).</param>
public sealed class KalturaUploadTokenApi(IUploadTokenService service) : IUploadTokenApi
{
    /// <inheritdoc/>
    public async Task<UploadTokenInfo> AddAsync(string fileName, long? fileSize, bool autoFinalize, CancellationToken cancellationToken)
    {
        var token = new UploadToken
        {
            FileName = fileName,
            FileSize = fileSize,
            AutoFinalize = autoFinalize ? NullableBoolean.TRUE_VALUE : null,
        };
        return Map(await service.AddAsync(token, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async Task<UploadTokenInfo> GetAsync(string uploadTokenId, CancellationToken cancellationToken) =>
        Map(await service.GetAsync(uploadTokenId, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public async Task<UploadTokenInfo?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken)
    {
        // fileNameEqual without a status filter lists PENDING, PARTIAL_UPLOAD and FULL_UPLOAD tokens (reference §4.6).
        var found = await service.ListAsync(
            new UploadTokenFilter { FileNameEqual = fileName },
            new FilterPager { PageSize = 1 },
            cancellationToken).ConfigureAwait(false);
        return found.Objects is [var token, ..] ? Map(token) : null;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string uploadTokenId, CancellationToken cancellationToken) =>
        service.DeleteAsync(uploadTokenId, cancellationToken);

    /// <inheritdoc/>
    public async Task<UploadTokenInfo> UploadAsync(ChunkUploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = KalturaFile.FromStream(request.Content, request.FileName);
        var token = await service.UploadAsync(request.UploadTokenId, file, request.Resume, request.FinalChunk, request.ResumeAt, cancellationToken).ConfigureAwait(false);
        return Map(token);
    }

    /// <inheritdoc/>
    public string? ErrorCodeOf(Exception exception) => (exception as KalturaApiException)?.Code;

    private static UploadTokenInfo Map(UploadToken token) => new(
        token.Id ?? throw new UploadException("The server answered an upload token without an id."),
        token.Status ?? UploadTokenStatus.PENDING,
        token.FileName,
        token.FileSize is { } size ? (long)size : null,
        token.UploadedFileSize is { } uploaded ? (long)uploaded : null);
}
