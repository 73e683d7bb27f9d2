using System.ComponentModel;

namespace KalturaGen.Runtime;

/// <summary>
/// Marks the calls whose retries a caller owns (the upload engine's attempts, each under its own deadline): inside a
/// scope, <see cref="KalturaResilienceExtensions.AddKalturaResilience"/> neither retries nor times out the request, so
/// the two layers never stack. The mark flows with the async call, like <c>Activity.Current</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class KalturaRetryScope
{
    private static readonly AsyncLocal<bool> Owned = new();

    /// <summary>Whether the current call's retries and deadline are owned by the caller.</summary>
    public static bool IsCallerOwned => Owned.Value;

    /// <summary>Marks the calls made until the returned scope is disposed as retried by the caller.</summary>
    public static IDisposable CallerOwnsRetries()
    {
        var previous = Owned.Value;
        Owned.Value = true;
        return new Restore(previous);
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => Owned.Value = previous;
    }
}
