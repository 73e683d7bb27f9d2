using System;
using System.Collections.Generic;
using System.Linq;

namespace KalturaGen.Schema.Import;

/// <summary>
/// Where each type the XML references but does not define is used, and whether it is used as an enum (the
/// <c>enumType</c> of an int or string value) or as a class: real files lean on plugin types they do not define.
/// </summary>
internal static class UndefinedTypeUses
{
    /// <summary>
    /// How an undefined type is used: <paramref name="EnumBase"/> is "an int" or "a string" for an enum, null for a class;
    /// <paramref name="IsBaseOnly"/> when no property, parameter or result uses it (only classes derive from it).
    /// </summary>
    public sealed record Use(string? EnumBase, string Where, bool IsBaseOnly = false);

    /// <summary>The use of every name in <paramref name="undefined"/>, from the selected services and the reachable classes.</summary>
    public static IReadOnlyDictionary<string, Use> Find(
        KalturaXmlModel model, IEnumerable<XmlService> services, IReadOnlySet<string> reachable, IReadOnlySet<string> undefined)
    {
        var places = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var enumBases = new Dictionary<string, string>(StringComparer.Ordinal);

        void Note(XmlType type, string place)
        {
            foreach (var name in ReachableTypes.TypeNames(type).Where(undefined.Contains))
            {
                if (!places.TryGetValue(name, out var list))
                {
                    places[name] = list = [];
                }

                list.Add(place);
                if (name == type.EnumType)
                {
                    enumBases.TryAdd(name, type.Type == "string" ? "a string" : "an int");
                }
            }
        }

        foreach (var service in services)
        {
            foreach (var action in service.Actions)
            {
                foreach (var param in action.Params)
                {
                    Note(param.Type, $"{service.Id}.{action.Name}({param.Name})");
                }

                Note(action.Result, $"{service.Id}.{action.Name} result");
            }
        }

        foreach (var name in reachable)
        {
            if (model.Classes.TryGetValue(name, out var cls))
            {
                foreach (var property in cls.Properties)
                {
                    Note(property.Type, $"{cls.Name}.{property.Name}");
                }
            }
        }

        return undefined.ToDictionary(
            name => name,
            name =>
            {
                var where = places.TryGetValue(name, out var list) ? list : [];
                var shown = string.Join(", ", where.Take(3)) + (where.Count > 3 ? $" and {where.Count - 3} more" : string.Empty);
                return new Use(enumBases.GetValueOrDefault(name), shown.Length == 0 ? "a base class" : shown, where.Count == 0);
            },
            StringComparer.Ordinal);
    }
}
