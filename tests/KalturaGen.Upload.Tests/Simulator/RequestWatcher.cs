using System.Collections.Concurrent;

namespace KalturaGen.Upload.Tests.Simulator;

/// <summary>
/// Sits in a client's handler chain and tells a test when a call to <c>service.action</c> goes out, and how many did:
/// the moment to move a deadline clock, or proof that a call was sent again.
/// </summary>
public sealed class RequestWatcher(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _first = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Completes when the first call to <paramref name="serviceAction"/> (e.g. <c>media.add</c>) is sent.</summary>
    public Task FirstCall(string serviceAction) => Signal(serviceAction).Task;

    /// <summary>How many calls to <paramref name="serviceAction"/> were sent.</summary>
    public int Count(string serviceAction) => _counts.GetValueOrDefault(serviceAction);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // /api_v3/service/{service}/action/{action}
        var parts = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var service = Array.IndexOf(parts, "service");
        var action = Array.IndexOf(parts, "action");
        if (service >= 0 && action > service && action + 1 < parts.Length)
        {
            var name = $"{parts[service + 1]}.{parts[action + 1]}";
            _counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            Signal(name).TrySetResult();
        }

        return base.SendAsync(request, cancellationToken);
    }

    private TaskCompletionSource Signal(string name) =>
        _first.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
