using System.Text.Json.Serialization;

namespace KalturaGen.Client.Upload;

/// <summary>A half-open byte range [<see cref="Start"/>, <see cref="End"/>).</summary>
/// <param name="Start">The first byte.</param>
/// <param name="End">One past the last byte.</param>
public readonly record struct ByteRange(long Start, long End)
{
    /// <summary>The number of bytes in the range.</summary>
    [JsonIgnore]
    public long Length => End - Start;
}

/// <summary>
/// The byte ranges the server has acknowledged, kept merged and sorted. It lets a resumed upload skip every
/// acknowledged chunk, including chunks the server parked beyond a gap, which <c>uploadedFileSize</c> does not count.
/// Chunk tasks add to it concurrently, so every member takes its lock.
/// </summary>
internal sealed class ByteRangeSet
{
    private readonly Lock _gate = new();
    private readonly List<ByteRange> _ranges = [];

    public ByteRangeSet()
    {
    }

    public ByteRangeSet(IEnumerable<ByteRange> ranges)
    {
        foreach (var range in ranges)
        {
            Add(range.Start, range.End);
        }
    }

    /// <summary>The total number of bytes covered.</summary>
    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _ranges.Sum(r => r.Length);
            }
        }
    }

    /// <summary>A snapshot of the ranges, merged and sorted.</summary>
    public IReadOnlyList<ByteRange> Ranges
    {
        get
        {
            lock (_gate)
            {
                return [.. _ranges];
            }
        }
    }

    public void Add(long start, long end)
    {
        if (end <= start)
        {
            return;
        }

        lock (_gate)
        {
            AddLocked(start, end);
        }
    }

    private void AddLocked(long start, long end)
    {

        var merged = new ByteRange(start, end);
        var kept = new List<ByteRange>(_ranges.Count + 1);
        foreach (var range in _ranges)
        {
            if (range.End < merged.Start || range.Start > merged.End)
            {
                kept.Add(range);
            }
            else
            {
                merged = new ByteRange(Math.Min(range.Start, merged.Start), Math.Max(range.End, merged.End));
            }
        }

        kept.Add(merged);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        _ranges.Clear();
        _ranges.AddRange(kept);
    }

    /// <summary>
    /// The first byte at or after <paramref name="from"/> that is not covered, and how many uncovered bytes follow it
    /// (<see langword="null"/> length: up to the end of the source, whose length may be unknown).
    /// </summary>
    public (long Start, long? Length) NextGap(long from)
    {
        lock (_gate)
        {
            return NextGapLocked(from);
        }
    }

    private (long Start, long? Length) NextGapLocked(long from)
    {
        var start = from;
        foreach (var range in _ranges)
        {
            if (range.End <= start)
            {
                continue;
            }

            if (range.Start <= start)
            {
                start = range.End;
                continue;
            }

            return (start, range.Start - start);
        }

        return (start, null);
    }
}
