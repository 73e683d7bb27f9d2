using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// A server that keeps no bytes: it reads each chunk's content (so the engine streams it as it would to the
/// network), tracks the contiguous size, and records how many chunk calls were in flight at once. With it, an
/// allocation measurement sees only the engine's own memory.
/// </summary>
public sealed class DiscardingUploadTokenApi : IUploadTokenApi
{
    private readonly Lock _gate = new();
    private readonly byte[] _sink = new byte[64 * 1024];
    private readonly Dictionary<string, (long? Declared, long Received)> _tokens = [];
    private int _inFlight;
    private int _counter;

    /// <summary>The most chunk calls that were in flight at the same time.</summary>
    public int PeakInFlight { get; private set; }

    /// <inheritdoc/>
    public Task<UploadTokenInfo> AddAsync(string fileName, long? fileSize, bool autoFinalize, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = $"0_{++_counter:x32}";
            _tokens[id] = (fileSize, 0);
            return Task.FromResult(new UploadTokenInfo(id, UploadTokenStatus.PENDING, fileName, fileSize));
        }
    }

    /// <inheritdoc/>
    public Task<UploadTokenInfo> GetAsync(string uploadTokenId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (declared, received) = _tokens[uploadTokenId];
            return Task.FromResult(new UploadTokenInfo(uploadTokenId, UploadTokenStatus.PARTIAL_UPLOAD, null, declared, received));
        }
    }

    /// <inheritdoc/>
    public Task<UploadTokenInfo?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken) =>
        Task.FromResult<UploadTokenInfo?>(null);

    /// <inheritdoc/>
    public Task DeleteAsync(string uploadTokenId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _tokens.Remove(uploadTokenId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<UploadTokenInfo> UploadAsync(ChunkUploadRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            PeakInFlight = Math.Max(PeakInFlight, ++_inFlight);
        }

        try
        {
            // Yield so that parallel chunks overlap as they would on a network.
            await Task.Yield();
            long length = 0;
            int read;
            while ((read = request.Content.Read(_sink)) > 0)
            {
                length += read;
            }

            lock (_gate)
            {
                var (declared, received) = _tokens[request.UploadTokenId];
                received = Math.Max(received, request.ResumeAt + length);
                _tokens[request.UploadTokenId] = (declared, received);
                var state = request.FinalChunk ? UploadTokenStatus.FULL_UPLOAD : UploadTokenStatus.PARTIAL_UPLOAD;
                return new UploadTokenInfo(request.UploadTokenId, state, request.FileName, declared, received);
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }

    /// <inheritdoc/>
    public string? ErrorCodeOf(Exception exception) => null;
}
