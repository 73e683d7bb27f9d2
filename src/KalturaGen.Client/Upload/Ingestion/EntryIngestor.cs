using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Turns a complete upload token into an entry: add (media with its media type, document or data, with the upload's
/// marker as referenceId), addContent with the uploaded-file-token resource, then, by default, waiting for READY. Each
/// step is recorded in the file's checkpoint, so a run interrupted after the entry was created continues with that
/// entry instead of a new one; an add whose answer was lost is looked up by its referenceId rather than repeated.
/// </summary>
internal sealed class EntryIngestor
{
    private const string EntryAlreadyWithContent = "ENTRY_ALREADY_WITH_CONTENT";

    private readonly IEntryApi _entries;
    private readonly UploadOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RetryingCaller _calls;
    private readonly RetryingCaller _cleanup;

    public EntryIngestor(IEntryApi entries, UploadOptions options, TimeProvider timeProvider, CallDeadlines deadlines)
    {
        _entries = entries;
        _options = options;
        _timeProvider = timeProvider;
        _calls = new RetryingCaller(Pipeline(options.MaxRetryAttempts), deadlines);
        _cleanup = new RetryingCaller(Pipeline(Math.Min(2, options.MaxRetryAttempts)), deadlines);
    }

    /// <summary>The entry a checkpoint names, if it still exists.</summary>
    public async Task<BaseEntry?> FindStartedAsync(UploadCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint is not { EntryId: { } id, EntryType: { } type })
        {
            return null;
        }

        try
        {
            return await GetAsync(UploadEntryTypes.Known(id, type), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_entries.ErrorCodeOf(e) is not null)
        {
            // Deleted meanwhile: a new entry is created.
            return null;
        }
    }

    /// <param name="source">The uploaded file or stream.</param>
    /// <param name="uploadTokenId">Its FULL_UPLOAD token.</param>
    /// <param name="state">Where the entry is recorded as soon as it is known, for the clean-up of a failure.</param>
    /// <param name="mayExist">An earlier run of this upload may have created the entry without recording it.</param>
    /// <param name="tracker">Progress.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async Task<BaseEntry> IngestAsync(
        UploadSource source,
        string uploadTokenId,
        IngestState state,
        bool mayExist,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        tracker.SetPhase(UploadPhase.CreatingEntry);
        var entry = state.Entry;
        if (entry is null)
        {
            var draft = state.Draft;
            entry = await IdempotentCreate.RunAsync(
                _calls,
                draft.Type == EntryType.MEDIA_CLIP ? "media.add" : "baseEntry.add",
                token => _entries.AddAsync(draft, token),
                token => _entries.FindByReferenceIdAsync(draft.ReferenceId!, token),
                mayExist,
                cancellationToken).ConfigureAwait(false);
            state.Entry = entry;
            await RecordEntryAsync(source, entry, cancellationToken).ConfigureAwait(false);
        }

        tracker.SetEntry(entry.RequiredId());
        if (entry.HasNoContent())
        {
            entry = await AddContentAsync(entry, uploadTokenId, cancellationToken).ConfigureAwait(false);
            state.Entry = entry;
        }

        if (_options.WaitForReady)
        {
            tracker.SetPhase(UploadPhase.WaitingForReady);
            entry = await ReadyWaiter.WaitAsync(entry, GetAsync, _options, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    /// <summary>
    /// Deletes the upload's entry while it has no content (found by its referenceId when its add's answer never came).
    /// </summary>
    /// <returns>Whether no entry of the upload remains.</returns>
    public Task<bool> DeleteUnusedAsync(IngestState state) =>
        state.Entry is null && state.Draft.ReferenceId is null
            ? Task.FromResult(true)
            : Leftovers.DeleteEntryAsync(_entries, _cleanup, state.Entry, state.Draft.ReferenceId ?? "");

    /// <summary>The Kaltura error code an exception of the entry calls carries.</summary>
    public string? ErrorCodeOf(Exception exception) => _entries.ErrorCodeOf(exception);

    private async Task<BaseEntry> AddContentAsync(BaseEntry entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        try
        {
            return await _calls.RunAsync(
                "addContent",
                token => _entries.AddContentAsync(entry, uploadTokenId, token),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_entries.ErrorCodeOf(e) == EntryAlreadyWithContent)
        {
            // A retried addContent whose first answer was lost: the entry has its content already.
            return await GetAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<BaseEntry> GetAsync(BaseEntry entry, CancellationToken cancellationToken) =>
        _calls.RunAsync("baseEntry.get", token => _entries.GetAsync(entry, token), cancellationToken);

    private async Task RecordEntryAsync(UploadSource source, BaseEntry entry, CancellationToken cancellationToken)
    {
        if (_options.CheckpointStore is not { } store || source.FilePath is null)
        {
            return;
        }

        if (await store.LoadAsync(source.FilePath, cancellationToken).ConfigureAwait(false) is { } checkpoint)
        {
            await store.SaveAsync(checkpoint with { EntryId = entry.Id, EntryType = entry.CreatedAs() }, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Polly.ResiliencePipeline Pipeline(int retries) => ChunkRetryPipeline.Create(
        _options,
        _timeProvider,
        (e, token) => TransientFailureClassifier.IsTransient(e, _entries.ErrorCodeOf(e), finalizing: false, token),
        _ => { },
        retries);
}

/// <summary>The entry of one upload as far as it got: what to create, and the entry once known.</summary>
/// <param name="draft">The entry to create, with the upload's marker as referenceId.</param>
internal sealed class IngestState(EntryDraft draft)
{
    public EntryDraft Draft { get; } = draft;

    public BaseEntry? Entry { get; set; }
}
