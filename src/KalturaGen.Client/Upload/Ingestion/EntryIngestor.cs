using Polly;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Turns a complete upload token into an entry: add (media with its media type, document or data), addContent with
/// the uploaded-file-token resource, then, by default, waiting for READY. Each step is recorded in the file's
/// checkpoint, so a run interrupted after the entry was created continues with that entry instead of a new one.
/// </summary>
internal sealed class EntryIngestor(IEntryApi entries, UploadOptions options, TimeProvider timeProvider)
{
    private const string EntryAlreadyWithContent = "ENTRY_ALREADY_WITH_CONTENT";

    private readonly ResiliencePipeline _retry = ChunkRetryPipeline.Create(
        options,
        timeProvider,
        (e, token) => TransientFailureClassifier.IsTransient(e, entries.ErrorCodeOf(e), finalizing: false, token),
        _ => { });

    /// <summary>The entry a checkpoint names, if it still exists and already has content.</summary>
    public async Task<EntryInfo?> FindStartedAsync(UploadCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint is not { EntryId: { } id, EntryType: { } type })
        {
            return null;
        }

        try
        {
            return await GetAsync(new EntryInfo(id, type, null), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (entries.ErrorCodeOf(e) is not null)
        {
            // Deleted meanwhile: a new entry is created.
            return null;
        }
    }

    public async Task<EntryInfo> IngestAsync(
        UploadSource source,
        string uploadTokenId,
        EntryInfo? started,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        tracker.SetPhase(UploadPhase.CreatingEntry);
        var entry = started;
        if (entry is null)
        {
            var draft = EntryTypeResolver.Resolve(source.FileName, options.EntryType);
            entry = await _retry.ExecuteAsync(async token => await entries.AddAsync(draft, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await RecordEntryAsync(source, entry, cancellationToken).ConfigureAwait(false);
        }

        tracker.SetEntry(entry.Id);
        if (entry.Status is null or EntryStatusValues.NoContent)
        {
            entry = await AddContentAsync(entry, uploadTokenId, cancellationToken).ConfigureAwait(false);
        }

        if (options.WaitForReady)
        {
            tracker.SetPhase(UploadPhase.WaitingForReady);
            entry = await ReadyWaiter.WaitAsync(entry, GetAsync, options, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    private async Task<EntryInfo> AddContentAsync(EntryInfo entry, string uploadTokenId, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(
                async token => await entries.AddContentAsync(entry, uploadTokenId, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (entries.ErrorCodeOf(e) == EntryAlreadyWithContent)
        {
            // A retried addContent whose first answer was lost: the entry has its content already.
            return await GetAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<EntryInfo> GetAsync(EntryInfo entry, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token => await entries.GetAsync(entry, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task RecordEntryAsync(UploadSource source, EntryInfo entry, CancellationToken cancellationToken)
    {
        if (options.CheckpointStore is not { } store || source.FilePath is null)
        {
            return;
        }

        if (await store.LoadAsync(source.FilePath, cancellationToken).ConfigureAwait(false) is { } checkpoint)
        {
            await store.SaveAsync(checkpoint with { EntryId = entry.Id, EntryType = entry.Type }, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
