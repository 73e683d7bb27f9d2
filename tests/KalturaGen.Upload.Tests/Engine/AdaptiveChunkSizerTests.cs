using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Engine;

public sealed class AdaptiveChunkSizerTests
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [InlineData(0L, 2 * MiB, 5 * MiB)]
    [InlineData(99L * MiB, 2 * MiB, 5 * MiB)]
    [InlineData(100L * MiB, 10 * MiB, 50 * MiB)]
    [InlineData(10_000L * MiB, 10 * MiB, 50 * MiB)]
    public void BoundsFollowFileSize(long fileSize, int minimum, int maximum)
    {
        var sizer = new AdaptiveChunkSizer(fileSize);

        Assert.Equal((minimum, maximum), (sizer.MinimumSize, sizer.MaximumSize));
        Assert.Equal(minimum, sizer.NextSize());
    }

    [Fact]
    public void UnknownLengthUsesSmallFileBounds()
    {
        var sizer = new AdaptiveChunkSizer(fileSize: null);

        Assert.Equal((2 * MiB, 5 * MiB), (sizer.MinimumSize, sizer.MaximumSize));
    }

    [Fact]
    public void NextSizeIsTargetOverLastTimeTimesSize()
    {
        var sizer = new AdaptiveChunkSizer(1024L * MiB, TimeSpan.FromSeconds(10), initialSize: 16 * MiB);

        // 16 MiB in 8 s: 10 s would carry 20 MiB.
        sizer.ObserveSuccess(16 * MiB, TimeSpan.FromSeconds(8));

        Assert.Equal(20 * MiB, sizer.NextSize());
    }

    [Fact]
    public void SlowChunksShrinkTheNextOneDownToTheMinimum()
    {
        var sizer = new AdaptiveChunkSizer(1024L * MiB, TimeSpan.FromSeconds(10), initialSize: 40 * MiB);

        sizer.ObserveSuccess(40 * MiB, TimeSpan.FromSeconds(20));
        Assert.Equal(20 * MiB, sizer.NextSize());

        sizer.ObserveSuccess(20 * MiB, TimeSpan.FromSeconds(100));
        Assert.Equal(10 * MiB, sizer.NextSize());
    }

    [Fact]
    public void GrowthIsAtMostTwofoldPerChunkAndCappedAtTheMaximum()
    {
        var sizer = new AdaptiveChunkSizer(1024L * MiB);

        sizer.ObserveSuccess(10 * MiB, TimeSpan.FromMilliseconds(1));
        Assert.Equal(20 * MiB, sizer.NextSize());
        sizer.ObserveSuccess(20 * MiB, TimeSpan.Zero);
        Assert.Equal(40 * MiB, sizer.NextSize());
        sizer.ObserveSuccess(40 * MiB, TimeSpan.Zero);
        Assert.Equal(50 * MiB, sizer.NextSize());
    }

    [Fact]
    public void FailureLowersTheCeilingToTwoThirdsOfTheFailedSize()
    {
        var sizer = new AdaptiveChunkSizer(1024L * MiB, initialSize: 48 * MiB);

        sizer.ObserveFailure(48 * MiB);
        Assert.Equal(32 * MiB, sizer.NextSize());

        sizer.ObserveSuccess(32 * MiB, TimeSpan.Zero);
        Assert.Equal(32 * MiB, sizer.NextSize());
    }

    [Fact]
    public void FailureNeverGoesBelowTheMinimum()
    {
        var sizer = new AdaptiveChunkSizer(10L * MiB);

        sizer.ObserveFailure(MiB);

        Assert.Equal(2 * MiB, sizer.NextSize());
    }

    [Fact]
    public void InitialSizeIsClampedToTheBounds()
    {
        Assert.Equal(5 * MiB, new AdaptiveChunkSizer(MiB, initialSize: 64 * MiB).NextSize());
        Assert.Equal(2 * MiB, new AdaptiveChunkSizer(MiB, initialSize: 1).NextSize());
    }
}
