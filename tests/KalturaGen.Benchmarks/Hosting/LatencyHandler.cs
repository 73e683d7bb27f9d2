namespace KalturaGen.Benchmarks.Hosting;

/// <summary>
/// Adds a fixed real-time delay before every request, standing in for the network round trip an in-process
/// simulator does not have. Parallel chunk uploads exist to hide exactly this wait.
/// </summary>
/// <param name="latency">The delay per request.</param>
public sealed class LatencyHandler(TimeSpan latency) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
