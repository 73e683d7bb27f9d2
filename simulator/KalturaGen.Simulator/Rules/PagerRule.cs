using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// KalturaFilterPager: pageSize defaults to 30 and is clamped to [0, 500]; pageIndex defaults to 1
/// and is at least 1. QUIRK (reproduced, inferred): pageSize=0 means LIMIT 0, which the server's ORM
/// treats as no limit, so every row is returned.
/// </summary>
internal static class PagerRule
{
    /// <summary>The default page size.</summary>
    public const int DefaultPageSize = 30;

    /// <summary>The largest page size.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The rows to skip and the rows to take (null for all).</summary>
    public static (long Offset, int? Limit) Resolve(WireObject? pager)
    {
        var size = (int)Math.Clamp(pager?.GetLong("pageSize") ?? DefaultPageSize, 0, MaxPageSize);
        var index = Math.Clamp(pager?.GetLong("pageIndex") ?? 1, 1, 1_000_000_000_000);
        if (size == 0)
        {
            return (0, null);
        }

        return ((index - 1) * size, size);
    }

    /// <summary>Applies the page to an ordered sequence.</summary>
    public static List<T> Page<T>(IEnumerable<T> ordered, (long Offset, int? Limit) page)
    {
        var skipped = ordered.Skip((int)Math.Min(page.Offset, int.MaxValue));
        return (page.Limit is { } limit ? skipped.Take(limit) : skipped).ToList();
    }
}
