namespace KalturaGen.Simulator.Tests.Admin;

/// <summary>The manual clock the simulator runs on by default.</summary>
public sealed class ManualClockTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DelaysCompleteOnlyWhenTheClockPassesThem()
    {
        var clock = new ManualClock(Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock);
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task AutoAdvanceJumpsToTheDueTime()
    {
        var clock = new ManualClock(Start) { AutoAdvance = true };
        await Task.Delay(TimeSpan.FromHours(2), clock).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddHours(2), clock.GetUtcNow());
    }

    [Fact]
    public void TimersFireInDueOrderWithTheClockAtTheirDueTime()
    {
        var clock = new ManualClock(Start);
        var fired = new List<(string, DateTimeOffset)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([("early", Start.AddSeconds(2)), ("late", Start.AddSeconds(5))], fired);
    }

    [Fact]
    public void PeriodicTimersRepeatAndDisposedTimersStop()
    {
        var clock = new ManualClock(Start);
        var count = 0;
        var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(3, count);
        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3, count);
    }

    [Fact]
    public void TheClockCannotGoBack() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ManualClock(Start).Advance(TimeSpan.FromSeconds(-1)));
}
