using System.CommandLine;
using KalturaGen.Cli.Connection;
using KalturaGen.Cli.Display;
using KalturaGen.Cli.Logging;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// <c>upload [files or folders]</c>: uploads with live progress, creates entries, waits for READY and prints, per file,
/// the entry id, its status and the SHA-256 of the bytes the server holds next to the local file's; bytes it could not
/// verify fail the command unless <c>--no-verify</c>. Re-running an interrupted upload resumes it from its checkpoint.
/// </summary>
internal static class UploadCommand
{
    public static Command Create(CliHost host)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to upload; none: a generated 24 MiB sample video.",
            Arity = ArgumentArity.ZeroOrMore,
        }.RejectOptionLike();
        var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for the entries to be READY." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Chunk requests in flight at once, shared by all files (default 4).",
            DefaultValueFactory = _ => 4,
        };
        var chunkSize = new Option<string?>("--chunk-size")
        {
            Description = "Fixed chunk size, e.g. 8M; default: adaptive (2-5 MiB under 100 MiB, 10-50 MiB above).",
        };
        var sampleSize = new Option<string?>("--sample-size")
        {
            Description = "Size of the generated sample when no file is given (default 24M).",
        };
        var noVerify = new Option<bool>("--no-verify")
        {
            Description = "Do not download the uploaded bytes to compare their SHA-256 with the local file's; report the uploads as not verified.",
        };
        var verifyTimeout = new Option<string?>("--verify-timeout")
        {
            Description = "How long to wait for the server to offer the uploaded bytes for verification, e.g. 90s, 5m (default 5m).",
        };
        var retries = new Option<int>("--retries")
        {
            Description = "Retries of a call after a transient failure (default 5).",
            DefaultValueFactory = _ => 5,
        };
        var type = new Option<string?>("--type")
        {
            Description = $"The entry type of every file: {UploadEntryTypes.Description}; data needs text; default: by extension.",
        };
        type.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (!UploadEntryTypes.TryParse(text, out _))
            {
                result.AddError($"--type '{text}' is not an entry type an upload creates: {UploadEntryTypes.Description}.");
            }
        });
        var connection = new ConnectionOptions();
        var outputOptions = new OutputOptions();
        var verbose = new VerboseOption();
        var command = new Command("upload", "Upload files, create entries and wait until they are READY.")
        {
            paths, noWait, parallel, chunkSize, sampleSize, noVerify, verifyTimeout, retries, type,
        };
        connection.AddTo(command);
        outputOptions.AddTo(command);
        verbose.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async output =>
        {
            using var logging = verbose.CreateLoggerFactory(parse);
            var request = new UploadRequest(
                parse.GetValue(paths) ?? [],
                !parse.GetValue(noWait),
                parse.GetValue(parallel),
                parse.GetValue(chunkSize),
                parse.GetValue(sampleSize))
            {
                Verify = !parse.GetValue(noVerify),
                VerifyTimeout = parse.GetValue(verifyTimeout) is { } text ? DurationParser.Parse(text, "--verify-timeout") : UploadRequest.DefaultVerifyTimeout,
                Retries = parse.GetValue(retries),
                Output = outputOptions.Resolve(parse),
                EntryType = UploadEntryTypes.TryParse(parse.GetValue(type), out var entryType) ? entryType : null,
            };
            var settings = connection.Resolve(parse, host.PromptSecret) with { LoggerFactory = logging };
            return await new UploadRun(request, settings, host, output).RunAsync(cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}

/// <summary>What the upload command was asked to do.</summary>
internal sealed record UploadRequest(string[] Paths, bool Wait, int Parallel, string? ChunkSize, string? SampleSize)
{
    public static readonly TimeSpan DefaultVerifyTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Download each entry's bytes and compare their SHA-256 with the local file's (off: --no-verify).</summary>
    public bool Verify { get; init; } = true;

    /// <summary>How long to wait for the server to offer the bytes.</summary>
    public TimeSpan VerifyTimeout { get; init; } = DefaultVerifyTimeout;

    /// <summary>Retries of a call after a transient failure.</summary>
    public int Retries { get; init; } = 5;

    /// <summary>The entry type of every file (--type); null: by extension.</summary>
    public EntryType? EntryType { get; init; }

    /// <summary>What to print on stdout (--quiet, --json).</summary>
    public OutputMode Output { get; init; } = OutputMode.Normal;
}
