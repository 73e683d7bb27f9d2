using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Fakes;

/// <summary>
/// In-memory entries: added with NO_CONTENT; addContent takes a FULL_UPLOAD token from the fake token server and moves
/// the entry to PRECONVERT; it becomes READY after <see cref="PollsUntilReady"/> reads.
/// </summary>
public sealed class FakeEntryServer(FakeUploadTokenServer tokens) : IEntryApi
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (EntryDraft Draft, EntryStatus Status, string? Token, int Reads)> _entries = [];
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

    public Task<BaseEntry> AddAsync(EntryDraft draft, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            AddCalls++;
            var id = $"0_{++_nextId:d8}";
            _entries[id] = (draft, EntryStatus.NO_CONTENT, null, 0);
            return Task.FromResult(Answer(id, draft, EntryStatus.NO_CONTENT));
        }
    }

    public Task<BaseEntry> AddContentAsync(BaseEntry entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        if (tokens.Snapshot(uploadTokenId).Status != UploadTokenStatus.FULL_UPLOAD)
        {
            throw new FakeKalturaException("UPLOADED_FILE_NOT_FOUND_BY_TOKEN");
        }

        lock (_gate)
        {
            var found = _entries[entry.Id!];
            if (found.Status != EntryStatus.NO_CONTENT)
            {
                throw new FakeKalturaException("ENTRY_ALREADY_WITH_CONTENT");
            }

            _entries[entry.Id!] = found with { Status = EntryStatus.PRECONVERT, Token = uploadTokenId };
            return Task.FromResult(Answer(entry.Id!, found.Draft, EntryStatus.PRECONVERT));
        }
    }

    public Task<BaseEntry> GetAsync(BaseEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Id!, out var found) || found.Status == EntryStatus.DELETED)
            {
                throw new FakeKalturaException("ENTRY_ID_NOT_FOUND");
            }

            var reads = found.Reads + 1;
            var status = found.Status == EntryStatus.PRECONVERT && reads >= PollsUntilReady ? EntryStatus.READY : found.Status;
            _entries[entry.Id!] = found with { Status = status, Reads = reads };
            return Task.FromResult(Answer(entry.Id!, found.Draft, status));
        }
    }

    public Task<BaseEntry?> FindByReferenceIdAsync(string referenceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _entries.FirstOrDefault(e => e.Value.Draft.ReferenceId == referenceId && e.Value.Status != EntryStatus.DELETED);
            return Task.FromResult(found.Key is null ? null : Answer(found.Key, found.Value.Draft, found.Value.Status));
        }
    }

    public Task DeleteAsync(BaseEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Id!, out var found) || found.Status == EntryStatus.DELETED)
            {
                throw new FakeKalturaException("ENTRY_ID_NOT_FOUND");
            }

            _entries[entry.Id!] = found with { Status = EntryStatus.DELETED };
            return Task.CompletedTask;
        }
    }

    /// <summary>Each entry's last status (DELETED once deleted).</summary>
    public IReadOnlyDictionary<string, EntryStatus> Statuses
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

    /// <summary>The entry as a server answers it: the concrete model of the entry's kind.</summary>
    private static BaseEntry Answer(string id, EntryDraft draft, EntryStatus status) =>
        draft.Type == EntryType.MEDIA_CLIP ? new MediaEntry { Id = id, Name = draft.Name, ReferenceId = draft.ReferenceId, MediaType = draft.MediaType, Status = status }
        : draft.Type == EntryType.DOCUMENT ? new DocumentEntry { Id = id, Name = draft.Name, ReferenceId = draft.ReferenceId, Status = status }
        : new DataEntry { Id = id, Name = draft.Name, ReferenceId = draft.ReferenceId, Status = status };
}
