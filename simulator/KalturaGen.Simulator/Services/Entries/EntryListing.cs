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
public static class EntryListing
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
    public static WireObject List(ActionContext context, WireObject? filter, WireObject? pager, string responseClass, Func<EntryRecord, bool>? typeConstraint)
    {
        var matches = Query(context, filter, typeConstraint);
        var page = PagerRule.Resolve(pager);
        if (page.Offset >= MaxMatches)
        {
            throw new ApiException("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED");
        }

        return new WireObject(responseClass)
        {
            ["objects"] = PagerRule.Page(matches, page),
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

    private static List<WireObject> Query(ActionContext context, WireObject? filter, Func<EntryRecord, bool>? typeConstraint)
    {
        filter ??= new WireObject("KalturaBaseEntryFilter");
        var conditions = WithDefaults(filter);
        var seesAll = context.Session.IsAdmin || context.Session.HasPrivilege("list", "*") || OwnerBypassFilters.Any(filter.HasValue);
        // QUIRK (reproduced, inferred): a status filter naming 3 lifts the DELETED exclusion, and idEqual turns
        // the default READY filter off, so listing idEqual=<deleted id> returns the deleted entry.
        var deletedAllowed = MentionsDeleted(filter) || (filter.HasValue("idEqual") && !StatusFilters.Any(filter.HasValue));

        var candidates = context.State.Entries.Values
            .Where(e => e.PartnerId == context.PartnerId)
            .Where(e => e.Status != EntryStatus.Deleted || deletedAllowed)
            .Where(e => typeConstraint is null || typeConstraint(e))
            .Where(e => seesAll || string.Equals(e.UserId, context.Session.UserId, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Sequence)
            .Select(e => EntryMapper.ToWire(context, e))
            .Where(w => EntryFilterMatcher.Matches(conditions, w));
        return Order(candidates, filter.GetString("orderBy")).ToList();
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

    private static IEnumerable<WireObject> Order(IEnumerable<WireObject> entries, string? orderBy)
    {
        IOrderedEnumerable<WireObject>? ordered = null;
        foreach (var raw in (orderBy ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var descending = raw.StartsWith('-');
            if (raw.Length < 2 || raw[0] is not ('+' or '-') || !SortFields.TryGetValue(raw[1..], out var field))
            {
                continue; // unknown orderBy values are dropped
            }

            Func<WireObject, SortValue> key = w => SortValue.Of(w[field]);
            ordered = ordered is null
                ? descending ? entries.OrderByDescending(key) : entries.OrderBy(key)
                : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return ordered ?? entries;
    }

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
