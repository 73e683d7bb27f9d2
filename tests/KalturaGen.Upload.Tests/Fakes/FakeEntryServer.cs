using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Fakes;

/// <summary>
/// In-memory entries: added with NO_CONTENT; addContent takes a FULL_UPLOAD token from the fake token server and moves
/// the entry to PRECONVERT; it becomes READY after <see cref="PollsUntilReady"/> reads.
/// </summary>
public sealed class FakeEntryServer(FakeUploadTokenServer tokens) : IEntryApi
{
    private const string Deleted = "3";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (EntryDraft Draft, string Status, string? Token, int Reads)> _entries = [];
    private int _nextId;

    public int PollsUntilReady { get; set; } = 3;

    public int AddCalls { get; private set; }

    public IReadOnlyDictionary<string, EntryDraft> Drafts
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToDictionary(e => e.Key, e => e.Value.Draft);
            }
        }
    }

    public string? TokenOf(string entryId)
    {
        lock (_gate)
        {
            return _entries[entryId].Token;
        }
    }

    public Task<EntryInfo> AddAsync(EntryDraft draft, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            AddCalls++;
            var id = $"0_{++_nextId:d8}";
            _entries[id] = (draft, EntryStatusValues.NoContent, null, 0);
            return Task.FromResult(new EntryInfo(id, draft.Type, EntryStatusValues.NoContent));
        }
    }

    public Task<EntryInfo> AddContentAsync(EntryInfo entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        if (tokens.Snapshot(uploadTokenId).Status != UploadTokenState.FullUpload)
        {
            throw new FakeKalturaException("UPLOADED_FILE_NOT_FOUND_BY_TOKEN");
        }

        lock (_gate)
        {
            var found = _entries[entry.Id];
            if (found.Status != EntryStatusValues.NoContent)
            {
                throw new FakeKalturaException("ENTRY_ALREADY_WITH_CONTENT");
            }

            _entries[entry.Id] = found with { Status = EntryStatusValues.Preconvert, Token = uploadTokenId };
            return Task.FromResult(entry with { Status = EntryStatusValues.Preconvert });
        }
    }

    public Task<EntryInfo> GetAsync(EntryInfo entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Id, out var found) || found.Status == Deleted)
            {
                throw new FakeKalturaException("ENTRY_ID_NOT_FOUND");
            }

            var reads = found.Reads + 1;
            var status = found.Status == EntryStatusValues.Preconvert && reads >= PollsUntilReady ? EntryStatusValues.Ready : found.Status;
            _entries[entry.Id] = found with { Status = status, Reads = reads };
            return Task.FromResult(entry with { Status = status });
        }
    }

    public Task<EntryInfo?> FindByReferenceIdAsync(string referenceId, IngestEntryType type, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _entries.FirstOrDefault(e => e.Value.Draft.ReferenceId == referenceId && e.Value.Status != Deleted);
            return Task.FromResult(found.Key is null ? null : new EntryInfo(found.Key, found.Value.Draft.Type, found.Value.Status));
        }
    }

    public Task DeleteAsync(EntryInfo entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Id, out var found) || found.Status == Deleted)
            {
                throw new FakeKalturaException("ENTRY_ID_NOT_FOUND");
            }

            _entries[entry.Id] = found with { Status = Deleted };
            return Task.CompletedTask;
        }
    }

    /// <summary>Each entry's last status ("3" once deleted).</summary>
    public IReadOnlyDictionary<string, string> Statuses
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToDictionary(e => e.Key, e => e.Value.Status);
            }
        }
    }

    public string? ErrorCodeOf(Exception exception) => (exception as FakeKalturaException)?.Code;
}
