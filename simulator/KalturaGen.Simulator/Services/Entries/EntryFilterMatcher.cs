using System.Globalization;
using System.Text.RegularExpressions;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// Evaluates an entry (or asset) filter generically from its property names, the way the server's
/// filter classes map them: <c>{field}{Operator}</c>, e.g. <c>statusIn</c>, <c>createdAtGreaterThanOrEqual</c>,
/// <c>tagsMultiLikeOr</c>, <c>categoriesIdsMatchOr</c>, against the object's own wire values.
/// </summary>
internal static class EntryFilterMatcher
{
    // Longest suffix first, so "NotIn" wins over "In" and "GreaterThanOrEqualOrNull" over "GreaterThanOrEqual".
    private static readonly string[] Operators =
    [
        "GreaterThanOrEqualOrNull", "LessThanOrEqualOrNull", "GreaterThanOrEqual", "LessThanOrEqual", "NotContains",
        "MultiLikeOr", "MultiLikeAnd", "GreaterThan", "LessThan", "MatchOr", "MatchAnd", "NotEqual", "NotIn", "Equal",
        "Empty", "Like", "In",
    ];

    private static readonly HashSet<string> NotConditions = new(StringComparer.Ordinal) { "orderBy", "advancedSearch" };

    /// <summary>Whether the object passes every condition of the filter.</summary>
    public static bool Matches(WireObject filter, WireObject candidate)
    {
        foreach (var (name, value) in filter.Values)
        {
            if (value is null or NullField || NotConditions.Contains(name))
            {
                continue;
            }

            if (!Matches(name, value, candidate))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string name, object value, WireObject candidate)
    {
        var text = WireValues.AsString(value) ?? "";
        switch (name)
        {
            case "freeText":
                return FreeText(text, candidate);
            case "searchTextMatchOr":
                return List(text).Any(term => SearchTextHas(term, candidate));
            case "searchTextMatchAnd":
                return List(text).All(term => SearchTextHas(term, candidate));
            case "isRoot":
                var isRoot = value is bool b ? b : WireValues.AsLong(value) == 1;
                return isRoot == string.IsNullOrEmpty(WireValues.AsString(candidate["parentEntryId"]));
            case "redirectFromEntryId":
                return Field(candidate, "id") == text;
            case "tagsNameMultiLikeOr":
            case "tagsAdminTagsMultiLikeOr":
            case "tagsAdminTagsNameMultiLikeOr":
            case "tagsNameMultiLikeAnd":
            case "tagsAdminTagsMultiLikeAnd":
            case "tagsAdminTagsNameMultiLikeAnd":
                return CombinedLike(name, text, candidate);
        }

        var op = Operators.FirstOrDefault(o => name.EndsWith(o, StringComparison.Ordinal) && name.Length > o.Length);
        if (op is null)
        {
            return true; // a condition the simulator does not model is not applied
        }

        var field = name[..^op.Length];
        var actual = Field(candidate, field);
        return op switch
        {
            "Equal" => Same(actual, text),
            "NotEqual" => !Same(actual, text),
            "In" => List(text).Any(v => Same(actual, v)),
            "NotIn" => !List(text).Any(v => Same(actual, v)),
            "Like" => actual is not null && actual.Contains(text, StringComparison.OrdinalIgnoreCase),
            "MultiLikeOr" => List(text).Any(term => Like(actual, term)),
            "MultiLikeAnd" => List(text).All(term => Like(actual, term)),
            "MatchOr" => List(text).Any(v => List(actual ?? "").Contains(v, StringComparer.OrdinalIgnoreCase)),
            "MatchAnd" => List(text).All(v => List(actual ?? "").Contains(v, StringComparer.OrdinalIgnoreCase)),
            "NotContains" => !List(text).Any(v => List(actual ?? "").Contains(v, StringComparer.OrdinalIgnoreCase)),
            "Empty" => (WireValues.AsLong(value) == 1 || value is true) == string.IsNullOrEmpty(actual),
            "GreaterThanOrEqual" => Compare(actual, text) is >= 0,
            "LessThanOrEqual" => Compare(actual, text) is <= 0,
            "GreaterThan" => Compare(actual, text) is > 0,
            "LessThan" => Compare(actual, text) is < 0,
            "GreaterThanOrEqualOrNull" => string.IsNullOrEmpty(actual) || Compare(actual, text) is >= 0,
            "LessThanOrEqualOrNull" => string.IsNullOrEmpty(actual) || Compare(actual, text) is <= 0,
            _ => true,
        };
    }

    private static string? Field(WireObject candidate, string field) => WireValues.AsString(candidate[field]);

    private static bool Same(string? actual, string expected) =>
        actual is not null && (actual == expected || (double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && a == e));

    private static int? Compare(string? actual, string expected)
    {
        if (actual is null || !double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            || !double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e))
        {
            return null;
        }

        return a.CompareTo(e);
    }

    // Tags and names match word-wise: any comma-separated item containing the term.
    private static bool Like(string? actual, string term) =>
        actual is not null && List(actual).Append(actual).Any(item => item.Contains(term, StringComparison.OrdinalIgnoreCase));

    private static bool CombinedLike(string name, string text, WireObject candidate)
    {
        var fields = new List<string?> { Field(candidate, "tags") };
        if (name.Contains("AdminTags", StringComparison.Ordinal))
        {
            fields.Add(Field(candidate, "adminTags"));
        }

        if (name.Contains("Name", StringComparison.Ordinal))
        {
            fields.Add(Field(candidate, "name"));
        }

        bool AnyField(string term) => fields.Any(f => Like(f, term));
        return name.EndsWith("Or", StringComparison.Ordinal) ? List(text).Any(AnyField) : List(text).All(AnyField);
    }

    private static bool FreeText(string text, WireObject candidate)
    {
        var haystack = string.Join(' ', new[] { "id", "name", "description", "tags", "referenceId", "adminTags" }.Select(f => Field(candidate, f)));
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(word.Trim('"', '+'), StringComparison.OrdinalIgnoreCase));
    }

    // searchTextMatch*: each comma-separated term is a full-text query over name, description, tags and
    // adminTags; a term matches when every one of its words is a word of those fields.
    private static bool SearchTextHas(string term, WireObject candidate)
    {
        var words = Words(string.Join(' ', new[] { "name", "description", "tags", "adminTags" }.Select(f => Field(candidate, f))));
        var wanted = Words(term);
        return wanted.Count > 0 && wanted.All(words.Contains);
    }

    private static HashSet<string> Words(string text) =>
        new(Regex.Split(text, @"[^\p{L}\p{N}_]+").Where(w => w.Length > 0), StringComparer.OrdinalIgnoreCase);

    private static List<string> List(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
