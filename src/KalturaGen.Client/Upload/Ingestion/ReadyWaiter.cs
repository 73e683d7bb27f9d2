using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Polls an entry until it is READY or failed, with growing intervals (default 5 s, 10 s, 30 s, then 30 s) on the
/// injected clock, as Kaltura recommends for asynchronous processing.
/// </summary>
internal static class ReadyWaiter
{
    public static async Task<BaseEntry> WaitAsync(
        BaseEntry entry,
        Func<BaseEntry, CancellationToken, Task<BaseEntry>> get,
        UploadOptions options,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        for (var poll = 0; !entry.IsReady() && !entry.IsFailed(); poll++)
        {
            if (timeProvider.GetElapsedTime(started) >= options.ReadyTimeout)
            {
                throw new UploadException(
                    $"Entry {entry.Id} is still in status {entry.Status?.Name} after {options.ReadyTimeout}; check it later with its id.");
            }

            var delay = options.ReadyPollIntervals[Math.Min(poll, options.ReadyPollIntervals.Count - 1)];
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            entry = await get(entry, cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }
}
