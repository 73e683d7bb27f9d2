using KalturaGen.Client.Upload;
using Microsoft.Extensions.Configuration;

namespace KalturaGen.Client;

/// <summary>
/// Binds <see cref="UploadOptions"/> from configuration with the configuration binding source generator (trimming- and
/// AOT-safe). The checkpoint store is an object set in code; configuration names a folder for one instead
/// (<c>CheckpointDirectory</c>). A key that is absent leaves its option as it was.
/// </summary>
internal static class UploadOptionsBinder
{
    public static void Bind(IConfiguration section, UploadOptions options)
    {
        if (section.Get<ConfiguredValues>() is not { } values)
        {
            return;
        }

        options.ChunkSize = values.ChunkSize ?? options.ChunkSize;
        options.TargetChunkTime = values.TargetChunkTime ?? options.TargetChunkTime;
        if (values.MaxParallelism is { } parallelism)
        {
            // Only a configured value is set: an unset one keeps its loopback default (UploadOptions.MaxParallelism).
            options.MaxParallelism = parallelism;
        }

        options.AutoFinalize = values.AutoFinalize ?? options.AutoFinalize;
        options.MaxRetryAttempts = values.MaxRetryAttempts ?? options.MaxRetryAttempts;
        options.RetryBaseDelay = values.RetryBaseDelay ?? options.RetryBaseDelay;
        options.MaxRetryDelay = values.MaxRetryDelay ?? options.MaxRetryDelay;
        options.CreateEntry = values.CreateEntry ?? options.CreateEntry;
        options.EntryType = values.EntryType is { Length: > 0 } type ? ParseEntryType(type) : options.EntryType;
        options.WaitForReady = values.WaitForReady ?? options.WaitForReady;
        options.ReadyPollIntervals = values.ReadyPollIntervals is { Count: > 0 } intervals ? intervals : options.ReadyPollIntervals;
        options.ReadyTimeout = values.ReadyTimeout ?? options.ReadyTimeout;
        if (!string.IsNullOrEmpty(values.CheckpointDirectory))
        {
            options.CheckpointStore = new FileCheckpointStore(values.CheckpointDirectory);
        }
    }

    // A name no upload creates is kept as it is, so the options validation names it when the host starts.
    private static Enums.EntryType ParseEntryType(string text) =>
        UploadEntryTypes.TryParse(text, out var type) ? type : Enums.EntryType.FromValue(text);

    /// <summary>The configurable values of <see cref="UploadOptions"/>; null: not configured.</summary>
    internal sealed class ConfiguredValues
    {
        public int? ChunkSize { get; set; }

        public TimeSpan? TargetChunkTime { get; set; }

        public int? MaxParallelism { get; set; }

        public bool? AutoFinalize { get; set; }

        public int? MaxRetryAttempts { get; set; }

        public TimeSpan? RetryBaseDelay { get; set; }

        public TimeSpan? MaxRetryDelay { get; set; }

        public bool? CreateEntry { get; set; }

        public string? EntryType { get; set; }

        public bool? WaitForReady { get; set; }

        public List<TimeSpan>? ReadyPollIntervals { get; set; }

        public TimeSpan? ReadyTimeout { get; set; }

        public string? CheckpointDirectory { get; set; }
    }
}
