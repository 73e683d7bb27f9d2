using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Fakes;

/// <summary>
/// An in-memory uploadToken service with the server's chunk semantics (reference kaltura-server.md §4.4): the first
/// chunk (resume=false) replaces the file; a resumed chunk is written in place when it touches the end of the file and
/// parked otherwise; parked chunks are appended only at the start of a later call (exact offset, up to 10) or by a
/// verified final chunk; uploadedFileSize counts contiguous bytes; a final chunk expects resumeAt + length.
/// </summary>
public sealed class FakeUploadTokenServer : IUploadTokenApi
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeToken> _tokens = [];
    private readonly List<UploadCall> _journal = [];
    private int _nextId;

    /// <summary>Called before a chunk is processed; an exception thrown here fails the call before the server sees it.</summary>
    public Func<UploadCall, Task>? BeforeUpload { get; set; }

    /// <summary>Called after a chunk was processed; an exception thrown here loses the answer (the server kept the bytes).</summary>
    public Func<UploadCall, Task>? AfterUpload { get; set; }

    public IReadOnlyList<UploadCall> Journal
    {
        get
        {
            lock (_gate)
            {
                return [.. _journal];
            }
        }
    }

    public byte[] BytesOf(string tokenId)
    {
        lock (_gate)
        {
            return _tokens[tokenId].Data.ToArray();
        }
    }

    public UploadTokenInfo Snapshot(string tokenId)
    {
        lock (_gate)
        {
            return _tokens[tokenId].Info();
        }
    }

    public Task<UploadTokenInfo> AddAsync(string fileName, long? fileSize, bool autoFinalize, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var token = new FakeToken($"0_{++_nextId:x32}", fileName, fileSize);
            _tokens[token.Id] = token;
            return Task.FromResult(token.Info());
        }
    }

    public Task<UploadTokenInfo> GetAsync(string uploadTokenId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Find(uploadTokenId).Info());
        }
    }

    public Task<UploadTokenInfo?> FindByFileNameAsync(string fileName, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tokens.Values.FirstOrDefault(t => t.FileName == fileName && !t.Deleted)?.Info());
        }
    }

    public Task DeleteAsync(string uploadTokenId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Find(uploadTokenId).Deleted = true;
            return Task.CompletedTask;
        }
    }

    /// <summary>Every token created, with whether it was deleted.</summary>
    public IReadOnlyList<(UploadTokenInfo Token, bool Deleted)> Tokens
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokens.Values.Select(t => (t.Info(), t.Deleted))];
            }
        }
    }

    public async Task<UploadTokenInfo> UploadAsync(ChunkUploadRequest request, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await request.Content.CopyToAsync(copy, cancellationToken);
        var call = new UploadCall(request.UploadTokenId, request.ResumeAt, copy.Length, request.Resume, request.FinalChunk);
        lock (_gate)
        {
            _journal.Add(call);
        }

        if (BeforeUpload is { } before)
        {
            await before(call);
        }

        cancellationToken.ThrowIfCancellationRequested();
        UploadTokenInfo answer;
        lock (_gate)
        {
            answer = Find(request.UploadTokenId).Upload(copy.ToArray(), request.Resume, request.FinalChunk, request.ResumeAt);
        }

        if (AfterUpload is { } after)
        {
            await after(call);
        }

        return answer;
    }

    public string? ErrorCodeOf(Exception exception) => (exception as FakeKalturaException)?.Code;

    private FakeToken Find(string id) =>
        _tokens.TryGetValue(id, out var token) && !token.Deleted ? token : throw new FakeKalturaException("UPLOAD_TOKEN_NOT_FOUND");

    private sealed class FakeToken(string id, string fileName, long? fileSize)
    {
        private readonly SortedDictionary<long, byte[]> _parked = [];
        private bool _hasFile;

        public string Id { get; } = id;

        public string FileName { get; } = fileName;

        public bool Deleted { get; set; }

        public UploadTokenStatus Status { get; private set; } = UploadTokenStatus.PENDING;

        public List<byte> Data { get; } = [];

        public UploadTokenInfo Info() =>
            new(Id, Status, FileName, fileSize, _hasFile ? Data.Count : null);

        public UploadTokenInfo Upload(byte[] part, bool resume, bool finalChunk, long resumeAt)
        {
            if (Status is not (UploadTokenStatus.PENDING or UploadTokenStatus.PARTIAL_UPLOAD))
            {
                throw new FakeKalturaException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
            }

            if (part.Length == 0 && !finalChunk && resumeAt > 0)
            {
                return Info();
            }

            if (!resume)
            {
                Data.Clear();
                Data.AddRange(part);
                _hasFile = true;
                Status = finalChunk ? UploadTokenStatus.FULL_UPLOAD : UploadTokenStatus.PARTIAL_UPLOAD;
                return Info();
            }

            if (!_hasFile)
            {
                throw new FakeKalturaException("UPLOAD_TOKEN_CANNOT_RESUME");
            }

            if (finalChunk && resumeAt > 0)
            {
                _parked[resumeAt] = part;
                AppendApplicable();
                if (Data.Count != resumeAt + part.Length)
                {
                    throw new FakeKalturaException("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE");
                }

                Status = UploadTokenStatus.FULL_UPLOAD;
                return Info();
            }

            for (var i = 0; i < 10 && _parked.Remove(Data.Count, out var next); i++)
            {
                Data.AddRange(next);
            }

            if (resumeAt <= Data.Count && Data.Count < resumeAt + part.Length)
            {
                WriteAt(resumeAt, part);
            }
            else
            {
                _parked[resumeAt] = part;
            }

            Status = finalChunk ? UploadTokenStatus.FULL_UPLOAD : UploadTokenStatus.PARTIAL_UPLOAD;
            return Info();
        }

        private void AppendApplicable()
        {
            bool appended;
            do
            {
                appended = false;
                foreach (var (offset, bytes) in _parked)
                {
                    if (offset <= Data.Count && Data.Count < offset + bytes.Length)
                    {
                        WriteAt(offset, bytes);
                        _parked.Remove(offset);
                        appended = true;
                        break;
                    }
                }
            }
            while (appended);
        }

        private void WriteAt(long offset, byte[] part)
        {
            var start = (int)offset;
            var overlap = Math.Min(part.Length, Data.Count - start);
            for (var i = 0; i < overlap; i++)
            {
                Data[start + i] = part[i];
            }

            Data.AddRange(part.AsSpan(overlap).ToArray());
        }
    }
}

/// <summary>One uploadToken.upload call as the fake received it.</summary>
public sealed record UploadCall(string TokenId, long ResumeAt, long Length, bool Resume, bool FinalChunk);
