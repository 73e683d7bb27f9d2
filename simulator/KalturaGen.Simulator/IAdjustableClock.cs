namespace KalturaGen.Simulator;

/// <summary>A clock the simulator's admin API can move forward.</summary>
public interface IAdjustableClock
{
    /// <summary>Moves the clock forward.</summary>
    void Advance(TimeSpan by);
}

/// <summary>
/// Real time plus an offset that only grows: the standalone simulator's default, so the admin API can
/// skip ahead (e.g. past a conversion or the 7-day resume limit) while time otherwise flows normally.
/// </summary>
public sealed class OffsetSystemClock : TimeProvider, IAdjustableClock
{
    private long _offsetTicks;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc/>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
