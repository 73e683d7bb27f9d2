using KalturaGen.Cli.Connection;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;
using KalturaApiException = KalturaGen.Runtime.KalturaApiException;

namespace KalturaGen.Cli.Verification;

/// <summary>
/// Verifies an uploaded file by the SHA-256 of the bytes the server offers for its entry (<see cref="ServerContentHasher"/>).
/// While the server does not offer them yet (the original flavor is not READY, a conversion is running) or a call fails
/// transiently, it asks again with growing intervals on the clock, until <c>timeout</c> has passed; any other answer
/// ends the wait at once. The bound is on waiting, not on a download under way.
/// </summary>
internal sealed class ContentVerifier(CliConnection connection, TimeProvider clock, TimeSpan timeout)
{
    private static readonly TimeSpan[] Intervals = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    // What the server answers while the content exists but is not downloadable yet.
    private static readonly HashSet<string> NotYetCodes = new(StringComparer.Ordinal)
    {
        "FLAVOR_ASSET_IS_NOT_READY", "FLAVOR_ASSET_ID_NOT_FOUND", "ENTRY_NOT_READY",
    };

    public async Task<ContentVerdict> VerifyAsync(BaseEntry entry, CancellationToken cancellationToken)
    {
        if (entry.IsFailed())
        {
            return ContentVerdict.NotVerified($"entry {entry.Id} failed processing");
        }

        var started = clock.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            string reason;
            try
            {
                return ContentVerdict.Downloaded(await ServerContentHasher.HashAsync(connection, entry, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && (IsNotYet(e) || TransientFailureClassifier.IsTransient(e, cancellationToken)))
            {
                reason = Describe(e);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                return ContentVerdict.NotVerified(Describe(e));
            }

            var delay = Intervals[Math.Min(attempt, Intervals.Length - 1)];
            if (clock.GetElapsedTime(started) + delay > timeout)
            {
                return ContentVerdict.NotVerified($"{reason} (still so after {timeout:g})");
            }

            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsNotYet(Exception exception) =>
        exception is ContentNotOfferedException
        || (exception is KalturaApiException api && NotYetCodes.Contains(api.Code));

    private static string Describe(Exception exception) =>
        exception is KalturaApiException api ? $"{api.Code}: {api.Message}" : exception.Message.ReplaceLineEndings(" ");
}

/// <summary>The SHA-256 of the server's bytes, or why there is none.</summary>
internal sealed record ContentVerdict(string? ServerSha256, string? Problem)
{
    public static ContentVerdict Downloaded(string sha256) => new(sha256, null);

    public static ContentVerdict NotVerified(string problem) => new(null, problem);
}
