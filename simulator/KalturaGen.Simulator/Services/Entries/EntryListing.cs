using System.Globalization;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// Entry lists and counts (reference §6): the default criteria of <c>prepareEntriesCriteriaFilter</c>,
/// the user restriction, per-service type constraints, generic filter fields, orderBy, the pager and
/// the 10,000-match limit (totalCount is the real total).
/// </summary>
internal static class EntryListing
{
    private const int MaxMatches = 10000;

    private static readonly string[] StatusFilters = ["statusEqual", "statusIn", "statusNotEqual", "statusNotIn"];
    private static readonly string[] ModerationFilters = ["moderationStatusEqual", "moderationStatusIn", "moderationStatusNotEqual", "moderationStatusNotIn"];
    private static readonly string[] DisplayFilters = ["parentEntryIdEqual", "idIn", "displayInSearchEqual", "displayInSearchIn"];
    private static readonly string[] OwnerBypassFilters = ["idEqual", "idIn", "referenceIdEqual", "referenceIdIn", "redirectFromEntryId", "parentEntryIdEqual"];

    private static readonly Dictionary<string, string> SortFields = new(StringComparer.Ordinal)
    {
        ["name"] = "name", ["createdAt"] = "createdAt", ["updatedAt"] = "updatedAt", ["rank"] = "rank", ["totalRank"] = "totalRank",
        ["startDate"] = "startDate", ["endDate"] = "endDate", ["partnerSortValue"] = "partnerSortValue", ["recent"] = "createdAt",
        ["weight"] = "createdAt", ["moderationCount"] = "moderationCount", ["mediaType"] = "mediaType", ["plays"] = "plays",
        ["views"] = "views", ["duration"] = "duration", ["lastPlayedAt"] = "lastPlayedAt",
    };

    /// <summary>A list response of the given class for the filtered, ordered, paged entries.</summary>
    /// <remarks>
    /// SphinxCriteria::applyFilters: with a page size, an offset at or past MAX_MATCHES (10,000) is refused, and the
    /// query runs with <c>max_matches = min(offset + limit, 10,000)</c>, so a page that straddles the limit is cut
    /// at it (pageSize 300, pageIndex 34 answers rows 9,900 to 9,999 only). totalCount stays the real total.
    /// </remarks>
    public static WireObject List(ActionContext context, WireObject? filter, WireObject? pager, string responseClass, Func<EntryRecord, bool>? typeConstraint)
    {
        var matches = Query(context, filter, typeConstraint);
        var page = PagerRule.Resolve(pager);
        if (page.Limit is { } limit)
        {
            if (page.Offset >= MaxMatches)
            {
                throw new ApiException("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED");
            }

            page = (page.Offset, (int)Math.Min(limit, MaxMatches - page.Offset));
        }

        return new WireObject(responseClass)
        {
            ["objects"] = PagerRule.Page(matches, page).Select(e => EntryMapper.ToWire(context, e)).ToList(),
            ["totalCount"] = (long)matches.Count,
        };
    }

    /// <summary>
    /// The filter with <c>typeEqual</c> overwritten, as data.list and documents.list do: the caller's own
    /// typeEqual is replaced, not combined.
    /// </summary>
    public static WireObject ForceType(WireObject? filter, string filterClass, int type)
    {
        var forced = filter ?? new WireObject(filterClass);
        forced["typeEqual"] = type.ToString(CultureInfo.InvariantCulture);
        return forced;
    }

    /// <summary>The number of entries the filter matches.</summary>
    public static long Count(ActionContext context, WireObject? filter, Func<EntryRecord, bool>? typeConstraint) =>
        Query(context, filter, typeConstraint).Count;

    // The entries the filter matches, in order. Each is put in wire shape to be matched and keyed, then dropped:
    // only a page is mapped again, so a list of many entries keeps no large graph alive.
    private static List<EntryRecord> Query(ActionContext context, WireObject? filter, Func<EntryRecord, bool>? typeConstraint)
    {
        filter ??= new WireObject("KalturaBaseEntryFilter");
        var conditions = WithDefaults(filter);
        var seesAll = context.Session.IsAdmin || context.Session.HasPrivilege("list", "*") || OwnerBypassFilters.Any(filter.HasValue);
        // QUIRK (reproduced, inferred): a status filter naming 3 lifts the DELETED exclusion, and idEqual turns
        // the default READY filter off, so listing idEqual=<deleted id> returns the deleted entry.
        var deletedAllowed = MentionsDeleted(filter) || (filter.HasValue("idEqual") && !StatusFilters.Any(filter.HasValue));

        var order = SortOrder(filter.GetString("orderBy"));
        var candidates = context.State.Entries.Values
            .Where(e => e.PartnerId == context.PartnerId)
            .Where(e => e.Status != EntryStatus.Deleted || deletedAllowed)
            .Where(e => typeConstraint is null || typeConstraint(e))
            .Where(e => seesAll || string.Equals(e.UserId, context.Session.UserId, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Sequence)
            .Select(e => (Entry: e, Wire: EntryMapper.ToWire(context, e)))
            .Where(c => EntryFilterMatcher.Matches(conditions, c.Wire))
            .Select(c => new Keyed(c.Entry, order.Select(o => SortValue.Of(c.Wire[o.Field])).ToArray()));
        return Order(candidates, order).Select(k => k.Entry).ToList();
    }

    // prepareEntriesCriteriaFilter: READY only, moderation not pending/rejected, no recycled or system
    // entries, unless the filter says otherwise (or names an id).
    private static WireObject WithDefaults(WireObject filter)
    {
        var conditions = new WireObject(filter.ClassName);
        foreach (var (name, value) in filter.Values)
        {
            conditions[name] = value;
        }

        if (filter.HasValue("idEqual") || filter.HasValue("redirectFromEntryId"))
        {
            return conditions;
        }

        if (!StatusFilters.Any(filter.HasValue))
        {
            conditions["statusEqual"] = "2";
        }

        if (!ModerationFilters.Any(filter.HasValue))
        {
            conditions["moderationStatusNotIn"] = "1,3";
        }

        if (!DisplayFilters.Any(filter.HasValue))
        {
            conditions["displayInSearchNotIn"] = "-2,-1";
        }

        return conditions;
    }

    private static bool MentionsDeleted(WireObject filter) =>
        filter.GetString("statusEqual") == "3"
        || (filter.GetString("statusIn") ?? "").Split(',', StringSplitOptions.TrimEntries).Contains("3");

    // The known orderBy values, in order (unknown values are dropped).
    private static List<(string Field, bool Descending)> SortOrder(string? orderBy)
    {
        var order = new List<(string, bool)>();
        foreach (var raw in (orderBy ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length >= 2 && raw[0] is ('+' or '-') && SortFields.TryGetValue(raw[1..], out var field))
            {
                order.Add((field, raw[0] == '-'));
            }
        }

        return order;
    }

    private static IEnumerable<Keyed> Order(IEnumerable<Keyed> entries, List<(string Field, bool Descending)> order)
    {
        IOrderedEnumerable<Keyed>? ordered = null;
        for (var i = 0; i < order.Count; i++)
        {
            var index = i;
            Func<Keyed, SortValue> key = k => k.Keys[index];
            var descending = order[i].Descending;
            ordered = ordered is null
                ? descending ? entries.OrderByDescending(key) : entries.OrderBy(key)
                : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return ordered ?? entries;
    }

    // A matching entry and its sort keys, one per orderBy field.
    private sealed record Keyed(EntryRecord Entry, SortValue[] Keys);

    // Numbers order numerically and before text; text orders case-insensitively.
    private readonly record struct SortValue(double? Number, string Text) : IComparable<SortValue>
    {
        public static SortValue Of(object? value) => value switch
        {
            long or int or double => new(WireValues.AsDouble(value), ""),
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new(number, ""),
            _ => new(null, (WireValues.AsString(value) ?? "").ToLowerInvariant()),
        };

        public int CompareTo(SortValue other) => (Number, other.Number) switch
        {
            ({ } a, { } b) => a.CompareTo(b),
            (not null, null) => -1,
            (null, not null) => 1,
            _ => string.CompareOrdinal(Text, other.Text),
        };
    }
}
