namespace KalturaGen.Runtime;

/// <summary>How <see cref="KalturaPaging"/> pages through a list: the server's limits, Kaltura's by default.</summary>
public sealed record KalturaPagingOptions
{
    /// <summary>Kaltura's limits: pages of 500, at most 10,000 results per filter.</summary>
    public static KalturaPagingOptions Default { get; } = new();

    /// <summary>
    /// Items requested a page: <see cref="KalturaPaging.MaxPageSize"/>, the largest <c>KalturaFilterPager</c> allows
    /// (a larger one is clamped by the server).
    /// </summary>
    public int PageSize { get; init; } = KalturaPaging.MaxPageSize;

    /// <summary>
    /// How deep one filter can page: <see cref="KalturaPaging.MaxMatches"/>, the server's max-matches limit. A windowed
    /// list starts a new window when the next page would begin at or past it.
    /// </summary>
    public int MaxMatches { get; init; } = KalturaPaging.MaxMatches;
}
