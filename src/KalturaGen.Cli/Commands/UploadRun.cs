using KalturaGen.Cli.Connection;
using KalturaGen.Cli.Display;
using KalturaGen.Cli.Verification;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Commands;

/// <summary>One execution of the upload command.</summary>
internal sealed class UploadRun(UploadRequest request, ConnectionSettings settings, CliHost host, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (request.Parallel < 1)
        {
            throw new CliInputException("--parallel must be at least 1.");
        }

        if (request.Retries < 0)
        {
            throw new CliInputException("--retries cannot be negative.");
        }

        var chunkSize = request.ChunkSize is null ? (int?)null : ByteSizeParser.Parse(request.ChunkSize);
        var files = request.Paths.Length > 0
            ? SourceFiles.Expand(request.Paths)
            : [await SampleFile.EnsureAsync(request.SampleSize is null ? SampleFile.DefaultSize : ByteSizeParser.Parse(request.SampleSize), cancellationToken).ConfigureAwait(false)];
        if (files.Count == 0)
        {
            throw new CliInputException("The folders given hold no files.");
        }

        // Before any byte is sent: a file whose entry type its extension does not tell would be uploaded, then refused.
        var undecided = request.EntryType is null ? files.Where(file => !EntryTypeResolver.Recognizes(file)).ToList() : [];
        if (undecided.Count > 0)
        {
            throw new CliInputException(
                $"cannot tell which entry {Path.GetFileName(undecided[0])}{(undecided.Count > 1 ? $" (and {undecided.Count - 1} more)" : "")} "
                + "becomes from its extension: media (video, audio, image), document (pdf, office) or data (text only); "
                + "pass --type media|document|data (the generated EntryType MEDIA_CLIP, DOCUMENT or DATA).");
        }

        await using var connection = await host.Connect(settings, cancellationToken).ConfigureAwait(false);
        var options = new UploadOptions
        {
            MaxParallelism = request.Parallel,
            MaxRetryAttempts = request.Retries,
            ChunkSize = chunkSize,
            WaitForReady = request.Wait,
            CheckpointStore = new FileCheckpointStore(),
            EntryType = request.EntryType,
            LoggerFactory = settings.LoggerFactory,
        };
        if (connection.IsInProcessSimulator)
        {
            // Its conversions take seconds, not minutes: poll accordingly.
            options.ReadyPollIntervals = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];
        }

        var display = request.Output == OutputMode.Normal ? UploadDisplay.ForConsole(output) : new SilentDisplay();
        display.Note($"uploading {files.Count} file(s) to {connection.Description}");
        using var uploader = connection.Client.CreateUploader(options, host.Clock);
        var results = await display.RunAsync(progress =>
            uploader.UploadManyAsync(files, new ResumeNotes(display, progress), cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await ReportAsync(connection, results, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ReportAsync(CliConnection connection, IReadOnlyList<IngestResult> results, CancellationToken cancellationToken)
    {
        var verifier = new ContentVerifier(connection, host.Clock, request.VerifyTimeout);
        var failures = new List<string>();
        var outcomes = new List<FileOutcome>();
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                var reason = CommandRunner.OneLine(error);
                failures.Add($"{result.FileName}: {reason}");
                outcomes.Add(new FileOutcome(result.FileName, result.FilePath, result.Upload?.UploadTokenId, result.Upload?.Length, result.Entry?.Id, null, null, null, false, reason));
                await WriteTextAsync($"{result.FileName}  FAILED  {reason}").ConfigureAwait(false);
                continue;
            }

            var entry = result.Entry!;
            var status = entry.Status?.Name ?? "unknown";
            var local = await ServerContentHasher.HashFileAsync(result.FilePath!, cancellationToken).ConfigureAwait(false);
            var server = request.Verify
                ? await verifier.VerifyAsync(entry, cancellationToken).ConfigureAwait(false)
                : ContentVerdict.NotVerified("--no-verify");
            var verdict = server switch
            {
                { ServerSha256: { } sha } => sha == local ? "match" : "MISMATCH",
                _ when !request.Verify => "not verified (--no-verify)",
                _ => $"NOT VERIFIED: {server.Problem}",
            };
            await WriteTextAsync($"{result.FileName}  entry {entry.Id}  {status}").ConfigureAwait(false);
            await WriteTextAsync($"  sha256 server {server.ServerSha256 ?? "-"}").ConfigureAwait(false);
            await WriteTextAsync($"  sha256 local  {local}  {verdict}").ConfigureAwait(false);
            string? failure = null;
            if (request.Wait && !entry.IsReady())
            {
                failure = $"entry {entry.Id} ended {status}";
            }
            else if (server.ServerSha256 is { } sha && sha != local)
            {
                failure = "the server holds different bytes";
            }
            else if (server.ServerSha256 is null && request.Verify)
            {
                failure = $"the bytes on the server were not verified ({server.Problem}); pass --no-verify to accept unverified uploads";
            }

            if (failure is not null)
            {
                failures.Add($"{result.FileName}: {failure}");
            }

            outcomes.Add(new FileOutcome(
                result.FileName, result.FilePath, result.Upload?.UploadTokenId, result.Upload?.Length, entry.Id, status,
                local, server.ServerSha256, server.ServerSha256 == local, failure));
        }

        if (request.Output == OutputMode.Json)
        {
            await output.WriteLineAsync(ResultJson.Upload(outcomes)).ConfigureAwait(false);
        }
        else if (request.Output == OutputMode.Normal && outcomes.Count > 1)
        {
            foreach (var line in UploadSummaryTable.Lines(outcomes))
            {
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }
        }

        if (failures.Count == 0)
        {
            return ExitCodes.Success;
        }

        throw new UploadException(failures.Count == 1 ? failures[0] : $"{failures.Count} of {results.Count} files failed; first: {failures[0]}");
    }

    /// <summary>A result line; --json prints the document instead.</summary>
    private Task WriteTextAsync(string line) =>
        request.Output == OutputMode.Json ? Task.CompletedTask : output.WriteLineAsync(line);

    /// <summary>
    /// Says "resumed &lt;file&gt; from byte N" when a file's first upload report shows bytes already on the server
    /// (a checkpoint or an earlier run).
    /// </summary>
    private sealed class ResumeNotes(IUploadDisplay display, IProgress<UploadProgress> inner) : IProgress<UploadProgress>
    {
        private readonly HashSet<string> _seen = [];

        public void Report(UploadProgress value)
        {
            if (value.Phase == UploadPhase.Uploading)
            {
                bool first;
                lock (_seen)
                {
                    first = _seen.Add(value.FilePath ?? value.FileName);
                }

                if (first && (value.BytesAcknowledged > 0 || value.ResumedFromByte > 0))
                {
                    display.Note($"resumed {value.FileName} from byte {value.ResumedFromByte}");
                }
            }

            inner.Report(value);
        }
    }
}
