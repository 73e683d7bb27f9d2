using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Assets;

/// <summary>
/// Asset lists (flavorAsset.list, attachmentAsset.list): the partner's assets of one class, deleted
/// ones hidden unless a status filter asks for them, the filter's fields applied generically,
/// ordered by ±createdAt, ±updatedAt, ±deletedAt or ±size. The filter must name the entries
/// (<c>KalturaAssetFilter::validateEntryIdFiltered</c>): without entryIdEqual or entryIdIn the list is
/// PROPERTY_VALIDATION_CANNOT_BE_NULL, named after the filter class the action casts to.
/// </summary>
internal static class AssetListing
{
    /// <summary>The list response.</summary>
    public static WireObject List(ActionContext context, string className, string filterClass, string responseClass)
    {
        var filter = context.Object("filter");
        if (!PhpCasts.IsTruthy(filter?.GetString("entryIdEqual")) && !PhpCasts.IsTruthy(filter?.GetString("entryIdIn")))
        {
            throw new ApiException("PROPERTY_VALIDATION_CANNOT_BE_NULL", $"{filterClass}::entryIdEqual/{filterClass}::entryIdIn");
        }

        var showsDeleted = filter is not null && (filter.GetString("statusEqual") == "3" || (filter.GetString("statusIn") ?? "").Split(',').Contains("3"));
        var assets = context.State.Assets.Values
            .Where(a => a.PartnerId == context.PartnerId && a.ClassName == className && (showsDeleted || a.Status != FlavorStatus.Deleted))
            .Where(a => context.State.Entries.GetValueOrDefault(a.EntryId) is { Status: not EntryStatus.Deleted })
            .OrderBy(a => a.Sequence)
            .Select(AssetMapper.ToWire)
            .Where(w => filter is null || EntryFilterMatcher.Matches(filter, w));
        var ordered = Order(assets, filter?.GetString("orderBy")).ToList();
        return new WireObject(responseClass)
        {
            ["objects"] = PagerRule.Page(ordered, PagerRule.Resolve(context.Object("pager"))),
            ["totalCount"] = (long)ordered.Count,
        };
    }

    private static IEnumerable<WireObject> Order(IEnumerable<WireObject> assets, string? orderBy) => orderBy switch
    {
        "+createdAt" => assets.OrderBy(a => a.GetLong("createdAt")),
        "-createdAt" => assets.OrderByDescending(a => a.GetLong("createdAt")),
        "+updatedAt" => assets.OrderBy(a => a.GetLong("updatedAt")),
        "-updatedAt" => assets.OrderByDescending(a => a.GetLong("updatedAt")),
        "+deletedAt" => assets.OrderBy(a => a.GetLong("deletedAt")),
        "-deletedAt" => assets.OrderByDescending(a => a.GetLong("deletedAt")),
        "+size" => assets.OrderBy(a => a.GetLong("sizeInBytes")),
        "-size" => assets.OrderByDescending(a => a.GetLong("sizeInBytes")),
        _ => assets,
    };
}
