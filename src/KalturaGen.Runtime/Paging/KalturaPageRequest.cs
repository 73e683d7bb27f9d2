namespace KalturaGen.Runtime;

/// <summary>One page of a list action: what a <c>KalturaFilterPager</c> sends.</summary>
/// <param name="PageIndex">The page number, from 1.</param>
/// <param name="PageSize">The number of items a page.</param>
public readonly record struct KalturaPageRequest(int PageIndex, int PageSize);
