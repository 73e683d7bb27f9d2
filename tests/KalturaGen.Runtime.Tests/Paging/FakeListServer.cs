using KalturaGen.Runtime;

namespace KalturaGen.Runtime.Tests.Paging;

/// <summary>An item a fake list holds: an id, its creation second, and an increasing number.</summary>
internal sealed record FakeItem(string Id, long? CreatedAt, long Number);

/// <summary>
/// A filter of the fake list: the bounds the windows set, plus a condition of the caller's own. Its setters record
/// assignments in slots of a member table, as generated filters do.
/// </summary>
internal sealed class FakeFilter : KalturaObjectBase
{
    private static readonly KalturaMemberTable Members = KalturaMemberTable.Create(null, 0,
    [
        new("orderBy", KalturaCodecs.String),
        new("createdAtGreaterThanOrEqual", KalturaCodecs.Int64),
        new("numberGreaterThan", KalturaCodecs.Int64),
        new("idPrefix", KalturaCodecs.String),
    ]);

    public override string ObjectType => "FakeFilter";

    public string? OrderBy { get => (string?)GetValue(0); set => SetValue(0, value); }

    public long? CreatedAtGreaterThanOrEqual { get => (long?)GetValue(1); set => SetValue(1, value); }

    public long? NumberGreaterThan { get => (long?)GetValue(2); set => SetValue(2, value); }

    public string? IdPrefix { get => (string?)GetValue(3); set => SetValue(3, value); }

    protected override KalturaMemberTable MemberTable => Members;
}

/// <summary>
/// A list action the way the search engine serves entries: filtered, ordered by the filter's orderBy (items of the
/// same key in an order that changes from one filter to the next, as the engine does not promise one), paged, an offset
/// at or past <see cref="MaxMatches"/> refused with QUERY_EXCEEDED_MAX_MATCHES_ALLOWED and a page straddling it cut.
/// </summary>
internal sealed class FakeListServer(IEnumerable<FakeItem> items, int maxMatches = 10, int maxPageSize = 500)
{
    private readonly List<FakeItem> _items = items.ToList();

    public int MaxMatches => maxMatches;

    /// <summary>Every call: the filter as sent (a snapshot of its values) and the page.</summary>
    public List<(FakeFilter? Filter, KalturaPageRequest Page)> Requests { get; } = [];

    /// <summary>When true, the createdAt and number bounds are ignored, as Kaltura ignores filter properties it does not know.</summary>
    public bool IgnoresStart { get; init; }

    /// <summary>Called before a page is answered (to change the list while it is enumerated).</summary>
    public Action<int>? BeforeAnswer { get; set; }

    public Task<IList<FakeItem>?> ListAsync(FakeFilter? filter, KalturaPageRequest page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add((filter is null ? null : Snapshot(filter), page));
        BeforeAnswer?.Invoke(Requests.Count);
        var size = Math.Min(page.PageSize, maxPageSize);
        var offset = (page.PageIndex - 1) * size;
        if (offset >= maxMatches)
        {
            throw new KalturaApiException(
                "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED", "Unable to generate list. max matches value was reached", new Dictionary<string, string>(), "{}");
        }

        var matching = _items.Where(i => Matches(IgnoresStart ? WithoutStart(filter) : filter, i));
        var ordered = filter?.OrderBy switch
        {
            "+createdAt" => matching.OrderBy(i => i.CreatedAt).ThenBy(i => TieBreak(filter, i)),
            "+number" => matching.OrderBy(i => i.Number),
            _ => matching,
        };
        IList<FakeItem> result = ordered.Skip(offset).Take(Math.Min(size, maxMatches - offset)).ToList();
        return Task.FromResult<IList<FakeItem>?>(result);
    }

    public void Remove(Func<FakeItem, bool> which) => _items.RemoveAll(i => which(i));

    public void Add(FakeItem item) => _items.Add(item);

    private static FakeFilter? WithoutStart(FakeFilter? filter) => filter is null ? null : new FakeFilter { IdPrefix = filter.IdPrefix };

    private static bool Matches(FakeFilter? filter, FakeItem item) =>
        filter is null
        || ((filter.CreatedAtGreaterThanOrEqual is not { } from || item.CreatedAt >= from)
            && (filter.NumberGreaterThan is not { } after || item.Number > after)
            && (filter.IdPrefix is not { } prefix || item.Id.StartsWith(prefix, StringComparison.Ordinal)));

    // Same-second items come in an order that depends on the query, as a search engine's may (repeatably).
    private static ulong TieBreak(FakeFilter filter, FakeItem item)
    {
        var hash = 14695981039346656037UL ^ (ulong)(filter.CreatedAtGreaterThanOrEqual ?? 0);
        foreach (var c in item.Id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static FakeFilter Snapshot(FakeFilter filter)
    {
        var copy = new FakeFilter();
        if (filter.IsAssigned("orderBy"))
        {
            copy.OrderBy = filter.OrderBy;
        }

        if (filter.IsAssigned("createdAtGreaterThanOrEqual"))
        {
            copy.CreatedAtGreaterThanOrEqual = filter.CreatedAtGreaterThanOrEqual;
        }

        if (filter.IsAssigned("numberGreaterThan"))
        {
            copy.NumberGreaterThan = filter.NumberGreaterThan;
        }

        if (filter.IsAssigned("idPrefix"))
        {
            copy.IdPrefix = filter.IdPrefix;
        }

        return copy;
    }
}
