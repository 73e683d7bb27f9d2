using Polly;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Runs a call of the engine: attempts under their deadline (<see cref="CallDeadlines"/>, on the deadline clock) inside
/// the retry pipeline (backoff on the uploader's clock).
/// </summary>
internal sealed class RetryingCaller(ResiliencePipeline pipeline, CallDeadlines deadlines)
{
    public CallDeadlines Deadlines => deadlines;

    /// <param name="call">What is called, for the timeout message (e.g. <c>media.add</c>).</param>
    /// <param name="send">One attempt.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <param name="bytes">The bytes the call carries (its deadline grows with them).</param>
    /// <param name="finalizing">The call may close the upload (its deadline includes the server's final-chunk wait).</param>
    public async Task<T> RunAsync<T>(string call, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken, long bytes = 0, bool finalizing = false)
    {
        var attempt = 0;
        return await pipeline.ExecuteAsync(
            async token => await deadlines.RunAsync(call, bytes, finalizing, Interlocked.Increment(ref attempt), send, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A call with no result.</summary>
    public Task RunAsync(string call, Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        RunAsync(
            call,
            async token =>
            {
                await send(token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
}
