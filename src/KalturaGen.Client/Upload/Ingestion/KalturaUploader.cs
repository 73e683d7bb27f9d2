using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Uploads files or streams and turns each into an entry: the chunked upload (<see cref="ChunkedUploader"/>), then
/// the entry (media, document or data by file type), addContent, and waiting for READY. A batch of files or folders
/// shares one limit of <see cref="UploadOptions.MaxParallelism"/> chunk requests in flight. A failure that running the
/// upload again cannot continue deletes the token and the content-less entry it created (docs/upload.md).
/// </summary>
public sealed class KalturaUploader : IDisposable
{
    private readonly UploadOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly EntryIngestor _ingestor;

    /// <summary>Creates an uploader.</summary>
    /// <param name="tokens">The uploadToken calls.</param>
    /// <param name="entries">The entry calls.</param>
    /// <param name="options">Upload and ingestion settings.</param>
    /// <param name="timeProvider">The clock for retry delays and READY polling (default: the system clock).</param>
    public KalturaUploader(IUploadTokenApi tokens, IEntryApi entries, UploadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _options = options ?? new UploadOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        Chunks = new ChunkedUploader(tokens, _options, _timeProvider);
        _ingestor = new EntryIngestor(entries, _options, _timeProvider, Chunks.Deadlines);
    }

    /// <summary>The token-level engine, sharing this uploader's options and chunk slots.</summary>
    public ChunkedUploader Chunks { get; }

    /// <summary>Uploads one file and creates its entry; continues from the file's checkpoint when one matches.</summary>
    public Task<IngestResult> UploadFileAsync(string path, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        UploadAsync(UploadSource.FromFile(path), progress, cancellationToken);

    /// <summary>Uploads one source and creates its entry.</summary>
    public async Task<IngestResult> UploadAsync(UploadSource source, IProgress<UploadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tracker = new ProgressTracker(source, progress, _timeProvider);
        try
        {
            var checkpoint = await LoadCheckpointAsync(source, cancellationToken).ConfigureAwait(false);
            var started = await _ingestor.FindStartedAsync(checkpoint, cancellationToken).ConfigureAwait(false);
            TokenUploadResult upload;
            if (checkpoint is not null && started is not null && !started.HasNoContent())
            {
                // The token was consumed by this entry in an earlier run: only waiting is left.
                upload = new TokenUploadResult(checkpoint.UploadTokenId, source.FileName, checkpoint.FileSize, true, checkpoint.FileSize, 0, 0)
                {
                    UploadKey = checkpoint.UploadKey,
                };
                tracker.Start(checkpoint.UploadTokenId, checkpoint.FileSize, checkpoint.FileSize);
            }
            else
            {
                try
                {
                    upload = await Chunks.UploadAsync(source, null, tracker, keepCheckpoint: _options.CreateEntry, checkpoint?.UploadKey, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (started is not null && !Leftovers.CanResume(e, _ingestor.ErrorCodeOf(e), _options, source, cancellationToken))
                {
                    // The token and the checkpoint are gone; so goes the content-less entry an earlier run created.
                    await _ingestor.DeleteUnusedAsync(new IngestState(EntryTypeResolver.Resolve(source.FileName, _options.EntryType)) { Entry = started }).ConfigureAwait(false);
                    throw;
                }
            }

            var entry = _options.CreateEntry
                ? await IngestAsync(source, upload, checkpoint, started, tracker, cancellationToken).ConfigureAwait(false)
                : null;
            tracker.SetPhase(entry is not null && entry.IsFailed() ? UploadPhase.Stopped : UploadPhase.Completed);
            return new IngestResult(source.FileName, source.FilePath, upload, entry);
        }
        catch
        {
            tracker.SetPhase(UploadPhase.Stopped);
            throw;
        }
    }

    /// <summary>
    /// Uploads many files: each path is a file or a folder (all files below it, checkpoint folders excluded). Files run
    /// concurrently under one limit of chunk requests in flight; a file that fails does not stop the others, its
    /// result carries the error. Cancelling stops them all (each keeps its checkpoint).
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> UploadManyAsync(
        IEnumerable<string> paths,
        IProgress<UploadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = SourceFiles.Expand(paths);
        using var fileSlots = new SemaphoreSlim(_options.MaxParallelism);
        var results = await Task.WhenAll(files.Select(async file =>
        {
            await fileSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await UploadFileAsync(file, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new IngestResult(Path.GetFileName(file), file, null, null, e);
            }
            finally
            {
                fileSlots.Release();
            }
        })).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc/>
    public void Dispose() => Chunks.Dispose();

    private async Task<UploadCheckpoint?> LoadCheckpointAsync(UploadSource source, CancellationToken cancellationToken)
    {
        if (_options.CheckpointStore is not { } store || source.FilePath is null)
        {
            return null;
        }

        var checkpoint = await store.LoadAsync(source.FilePath, cancellationToken).ConfigureAwait(false);
        return checkpoint is not null && checkpoint.Matches(source) ? checkpoint : null;
    }

    /// <summary>
    /// Creates the entry (or continues the one an earlier run created), attaches the token and waits; on a failure
    /// that running again cannot continue, removes what the upload created.
    /// </summary>
    private async Task<BaseEntry> IngestAsync(
        UploadSource source,
        TokenUploadResult upload,
        UploadCheckpoint? checkpoint,
        BaseEntry? started,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        var draft = EntryTypeResolver.Resolve(source.FileName, _options.EntryType) with
        {
            ReferenceId = UploadMarkers.EntryReferenceId(upload.UploadKey ?? UploadMarkers.NewKey()),
        };
        var state = new IngestState(draft) { Entry = started };

        // An earlier run of this upload (its checkpoint has the key) may have created the entry without recording it.
        var mayExist = started is null && checkpoint?.UploadKey is not null;
        BaseEntry entry;
        try
        {
            entry = await _ingestor.IngestAsync(source, upload.UploadTokenId, state, mayExist, tracker, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!Leftovers.CanResume(e, _ingestor.ErrorCodeOf(e), _options, source, cancellationToken))
        {
            await RemoveLeftoversAsync(source, upload.UploadTokenId, state).ConfigureAwait(false);
            throw;
        }

        await DeleteCheckpointAsync(source).ConfigureAwait(false);
        return entry;
    }

    /// <summary>
    /// After a failure that cannot be resumed: the entry goes while it has no content, the token unless the entry took
    /// it, and the checkpoint with them (one naming an entry with content stays: running again waits for READY).
    /// </summary>
    private async Task RemoveLeftoversAsync(UploadSource source, string uploadTokenId, IngestState state)
    {
        var entryGone = await _ingestor.DeleteUnusedAsync(state).ConfigureAwait(false);
        await Chunks.DeleteTokenAsync(uploadTokenId).ConfigureAwait(false);
        if (entryGone)
        {
            await DeleteCheckpointAsync(source).ConfigureAwait(false);
        }
    }

    private Task DeleteCheckpointAsync(UploadSource source) =>
        _options.CheckpointStore is { } store && source.FilePath is not null
            ? store.DeleteAsync(source.FilePath, CancellationToken.None)
            : Task.CompletedTask;
}
