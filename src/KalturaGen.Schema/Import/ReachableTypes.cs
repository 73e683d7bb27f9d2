using System;
using System.Collections.Generic;
using System.Linq;

namespace KalturaGen.Schema.Import;

/// <summary>
/// The classes and enums a set of services needs: the types of their parameters and results, the types of
/// those classes' properties and their base classes, transitively. A class that is referenced (not merely a
/// base) also brings its subclasses, because the server may send or accept any of them in its place.
/// </summary>
internal static class ReachableTypes
{
    /// <summary>The root of all Kaltura objects: referencing it does not bring every class of the API.</summary>
    public const string ObjectBase = "KalturaObjectBase";

    /// <summary>Names of the reachable classes and enums, and the names referenced but defined nowhere.</summary>
    public static (IReadOnlySet<string> Types, IReadOnlySet<string> Undefined) Find(KalturaXmlModel model, IEnumerable<XmlService> services)
    {
        var subclasses = model.Classes.Values
            .Where(c => c.Base is not null)
            .ToLookup(c => c.Base!, c => c.Name, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var undefined = new SortedSet<string>(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Name, bool Referenced)>();

        void Reference(XmlType type)
        {
            foreach (var name in TypeNames(type))
            {
                pending.Enqueue((name, true));
            }
        }

        foreach (var action in services.SelectMany(s => s.Actions))
        {
            foreach (var param in action.Params)
            {
                Reference(param.Type);
            }

            Reference(action.Result);
        }

        while (pending.TryDequeue(out var next))
        {
            var (name, isReference) = next;
            if (name == ObjectBase)
            {
                found.Add(name);
                continue;
            }

            if (!model.Classes.ContainsKey(name) && !model.Enums.ContainsKey(name))
            {
                undefined.Add(name);
                continue;
            }

            if (isReference && referenced.Add(name))
            {
                foreach (var sub in subclasses[name])
                {
                    pending.Enqueue((sub, true));
                }
            }

            if (!found.Add(name) || !model.Classes.TryGetValue(name, out var cls))
            {
                continue;
            }

            if (cls.Base is not null)
            {
                pending.Enqueue((cls.Base, false));
            }

            foreach (var property in cls.Properties)
            {
                Reference(property.Type);
            }
        }

        return (found, undefined);
    }

    /// <summary>The class and enum names a type mentions.</summary>
    public static IEnumerable<string> TypeNames(XmlType type)
    {
        if (type.EnumType is not null)
        {
            yield return type.EnumType;
        }

        if (type.ArrayType is not null && IsNamed(type.ArrayType))
        {
            yield return type.ArrayType;
        }

        if (type.Type is not null && IsNamed(type.Type))
        {
            yield return type.Type;
        }
    }

    private static bool IsNamed(string type) => type.StartsWith("Kaltura", StringComparison.Ordinal);
}
