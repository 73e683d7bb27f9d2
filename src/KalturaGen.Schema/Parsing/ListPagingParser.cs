using System.Collections.Generic;
using System.Linq;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// Finds the list actions and decides how each is enumerated to its end. A list action takes one pager (a concrete
/// class with integer <c>pageSize</c> and <c>pageIndex</c>) and answers a class with an <c>objects</c> array of a class.
/// It can window past the server's 10,000-result limit when it also takes one filter (a concrete class with an
/// <c>orderBy</c>) that has a start bound on a key its items carry, and the filter's order enum (named after the
/// filter: <c>KalturaMediaEntryFilter</c> → <c>KalturaMediaEntryOrderBy</c>, or a base filter's) sorts by that key
/// ascending: <c>idGreaterThan</c> on an integer <c>id</c> (<c>+id</c>), else <c>createdAtGreaterThanOrEqual</c> on
/// <c>createdAt</c> (<c>+createdAt</c>), with an <c>id</c> to recognize items listed twice at a window boundary.
/// </summary>
internal sealed class ListPagingParser
{
    private readonly Dictionary<string, ClassModel> _classes;
    private readonly Dictionary<string, EnumModel> _enumsByKalturaName;

    public ListPagingParser(IEnumerable<ClassModel> classes, IEnumerable<EnumModel> enums)
    {
        _classes = new Dictionary<string, ClassModel>(System.StringComparer.Ordinal);
        foreach (var model in classes)
        {
            _classes[model.Name] = model;
        }

        _enumsByKalturaName = new Dictionary<string, EnumModel>(System.StringComparer.Ordinal);
        foreach (var model in enums)
        {
            _enumsByKalturaName[model.KalturaName] = model;
        }
    }

    /// <summary>The service with <see cref="ActionModel.Paging"/> set on its list actions.</summary>
    public ServiceModel Annotate(ServiceModel service)
    {
        // An extension named like one of the interface's own methods would be hidden by it.
        var taken = new HashSet<string>(service.Actions.Select(a => a.Name), System.StringComparer.Ordinal);
        var actions = new List<ActionModel>();
        foreach (var action in service.Actions)
        {
            if (PagingOf(action) is { } paging)
            {
                var name = action.Name.StartsWith("List", System.StringComparison.Ordinal)
                    ? "ListAll" + action.Name.Substring("List".Length)
                    : action.Name + "All";
                while (!taken.Add(name))
                {
                    name += "Items";
                }

                actions.Add(action with { Paging = paging with { MethodName = name } });
            }
            else
            {
                actions.Add(action);
            }
        }

        return service with { Actions = actions.ToEquatableArray() };
    }

    private ListPagingModel? PagingOf(ActionModel action)
    {
        if (action.Result is not { Kind: TypeKind.Object, TypeName: { } resultType }
            || Property(resultType, "objects") is not { Type: { Kind: TypeKind.Array, Element: { Kind: TypeKind.Object, TypeName: { } itemType } } } objects)
        {
            return null;
        }

        var pagers = action.Params.Where(IsPager).ToList();
        if (pagers.Count != 1)
        {
            return null;
        }

        var pager = pagers[0];
        var pagerType = pager.Type.TypeName!;
        return new ListPagingModel(
            action.Name,
            pager.Name,
            pagerType,
            Property(pagerType, "pageIndex")!.Name,
            Property(pagerType, "pageSize")!.Name,
            objects.Name,
            itemType,
            WindowOf(action, pager, itemType));
    }

    private bool IsPager(ParamModel parameter) =>
        parameter.Type is { Kind: TypeKind.Object, TypeName: { } type }
        && _classes.TryGetValue(type, out var model) && !model.IsAbstract
        && Property(type, "pageSize") is { Type.Kind: TypeKind.Int32 }
        && Property(type, "pageIndex") is { Type.Kind: TypeKind.Int32 };

    private ListWindowModel? WindowOf(ActionModel action, ParamModel pager, string itemType)
    {
        var filters = action.Params
            .Where(p => p.Name != pager.Name && p.Type is { Kind: TypeKind.Object, TypeName: { } type } && Property(type, "orderBy") is { Type.Kind: TypeKind.String })
            .ToList();
        if (filters.Count != 1 || !_classes.TryGetValue(filters[0].Type.TypeName!, out var filterClass) || filterClass.IsAbstract)
        {
            return null;
        }

        var filter = filters[0];
        var orderBy = Property(filterClass.Name, "orderBy")!.Name;
        var id = Property(itemType, "id");
        if (Property(filterClass.Name, "idGreaterThan") is { Type.Kind: TypeKind.Int32 or TypeKind.Int64 } idStart
            && id is { Type.Kind: TypeKind.Int32 or TypeKind.Int64 }
            && Sorts(filterClass, "+id"))
        {
            return new ListWindowModel(ListWindowKind.Id, filter.Name, filterClass.Name, orderBy, "+id", idStart.Name, idStart.Type.Kind, id.Name, id.Name, id.Type.Kind);
        }

        if (Property(filterClass.Name, "createdAtGreaterThanOrEqual") is { Type.Kind: TypeKind.Int32 or TypeKind.Int64 } createdStart
            && Property(itemType, "createdAt") is { Type.Kind: TypeKind.Int32 or TypeKind.Int64 } createdAt
            && id is { Type.Kind: TypeKind.String or TypeKind.Int32 or TypeKind.Int64 }
            && Sorts(filterClass, "+createdAt"))
        {
            return new ListWindowModel(
                ListWindowKind.CreatedAt, filter.Name, filterClass.Name, orderBy, "+createdAt", createdStart.Name, createdStart.Type.Kind, createdAt.Name, id.Name, id.Type.Kind);
        }

        return null;
    }

    /// <summary>True when the order enum of the filter (or of its nearest base filter that has one) holds <paramref name="value"/>.</summary>
    private bool Sorts(ClassModel filter, string value)
    {
        foreach (var model in Hierarchy(filter.Name))
        {
            const string Suffix = "Filter";
            if (model.KalturaName.EndsWith(Suffix, System.StringComparison.Ordinal)
                && _enumsByKalturaName.TryGetValue(model.KalturaName.Substring(0, model.KalturaName.Length - Suffix.Length) + "OrderBy", out var order))
            {
                return order.Members.Any(m => m.Value == value);
            }
        }

        return false;
    }

    /// <summary>A property of the class or of its bases, by wire name.</summary>
    private PropertyModel? Property(string className, string wireName) =>
        Hierarchy(className).SelectMany(c => c.Properties).FirstOrDefault(p => p.WireName == wireName);

    /// <summary>The class, then its bases (a cycle, already reported, ends the walk).</summary>
    private IEnumerable<ClassModel> Hierarchy(string className)
    {
        var visited = new HashSet<string>(System.StringComparer.Ordinal);
        for (var name = className; name is not null && visited.Add(name) && _classes.TryGetValue(name, out var model); name = model.BaseName)
        {
            yield return model;
        }
    }
}
