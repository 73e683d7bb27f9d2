using KalturaGen.Client.Upload;

namespace KalturaGen.Upload.Tests.Engine;

public sealed class ByteRangeSetTests
{
    [Fact]
    public void MergesTouchingAndOverlappingRanges()
    {
        var set = new ByteRangeSet();
        set.Add(10, 20);
        set.Add(0, 10);
        set.Add(30, 40);
        set.Add(15, 32);

        Assert.Equal([new ByteRange(0, 40)], set.Ranges);
        Assert.Equal(40, set.Total);
    }

    [Fact]
    public void NextGapSkipsCoveredBytes()
    {
        var set = new ByteRangeSet([new ByteRange(0, 10), new ByteRange(20, 30)]);

        Assert.Equal((10L, (long?)10), set.NextGap(0));
        Assert.Equal((15L, (long?)5), set.NextGap(15));
        Assert.Equal((30L, (long?)null), set.NextGap(20));
    }

    [Fact]
    public void EmptyRangesAreIgnored()
    {
        var set = new ByteRangeSet();
        set.Add(5, 5);

        Assert.Empty(set.Ranges);
        Assert.Equal((0L, (long?)null), set.NextGap(0));
    }
}
