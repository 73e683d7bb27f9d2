namespace KalturaGen.Simulator;

/// <summary>
/// A clock that moves only when told to. Timers created on it fire when the clock passes their due
/// time. With <see cref="AutoAdvance"/>, creating a timer jumps the clock to its due time at once
/// (its callback runs on the thread pool), so code that waits with <c>Task.Delay(…, clock)</c> sees
/// virtual time pass instantly.
/// </summary>
public sealed class ManualClock : TimeProvider, IAdjustableClock
{
    private readonly Lock _sync = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;

    /// <summary>Creates a clock starting at <paramref name="start"/> (the current real time by default).</summary>
    public ManualClock(DateTimeOffset? start = null) => _now = start ?? DateTimeOffset.UtcNow;

    /// <summary>When true, each new timer moves the clock straight to its due time.</summary>
    public bool AutoAdvance { get; set; }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward, firing every timer that falls due, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_sync)
        {
            target = _now + by;
        }

        AdvanceTo(target);
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? next;
            lock (_sync)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    if (target > _now)
                    {
                        _now = target;
                    }

                    return;
                }

                if (next.DueAt > _now)
                {
                    _now = next.DueAt;
                }

                next.OnFiring();
            }

            next.Invoke();
        }
    }

    private void FireDue() => AdvanceTo(GetUtcNow());

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        var jump = false;
        lock (_sync)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _now + dueTime;
            _timers.Add(timer);
            if (AutoAdvance && timer.DueAt > _now)
            {
                _now = timer.DueAt;
            }

            jump = AutoAdvance || dueTime <= TimeSpan.Zero;
        }

        if (jump)
        {
            // Never call back inside CreateTimer: Task.Delay stores the timer only after it returns.
            ThreadPool.UnsafeQueueUserWorkItem(static clock => clock.FireDue(), this, preferLocal: false);
        }
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (_sync)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            _period = period;
            clock.Schedule(this, dueTime);
            return true;
        }

        // Called under the clock's lock: a periodic timer is rescheduled, a one-shot removed.
        public void OnFiring()
        {
            clock._timers.Remove(this);
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                DueAt += _period;
                clock._timers.Add(this);
            }
        }

        public void Invoke() => callback(state);

        public void Dispose()
        {
            _disposed = true;
            clock.Unschedule(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
