using System.Collections.Generic;
using System.Linq;

namespace KalturaGen.Schema.Parsing;

/// <summary>Checks what only the whole class set shows: base class cycles and properties redeclared from a base.</summary>
internal static class HierarchyChecker
{
    public static void Check(IReadOnlyList<ClassDraft> classes, ParseContext context)
    {
        var byName = classes.ToDictionary(c => c.Model.Name, System.StringComparer.Ordinal);
        var cyclic = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var draft in classes)
        {
            if (FindCycle(draft, byName) is { } chain)
            {
                cyclic.Add(draft.Model.Name);
                context.Report(SchemaDiagnosticKinds.BaseClassCycle, draft.BaseSpan, draft.Model.KalturaName, string.Join(" -> ", chain));
            }
        }

        foreach (var draft in classes.Where(c => !cyclic.Contains(c.Model.Name)))
        {
            CheckInheritedProperties(draft, byName, context);
        }
    }

    /// <summary>Returns the Kaltura names along the cycle when following bases leads back to <paramref name="start"/>.</summary>
    private static List<string>? FindCycle(ClassDraft start, Dictionary<string, ClassDraft> byName)
    {
        var chain = new List<string> { start.Model.KalturaName };
        var visited = new HashSet<string>(System.StringComparer.Ordinal) { start.Model.Name };
        var current = start;
        while (current.Model.BaseName is { } baseName && byName.TryGetValue(baseName, out var next))
        {
            chain.Add(next.Model.KalturaName);
            if (next == start)
            {
                return chain;
            }

            if (!visited.Add(next.Model.Name))
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    private static void CheckInheritedProperties(ClassDraft draft, Dictionary<string, ClassDraft> byName, ParseContext context)
    {
        var ancestor = draft.Model.BaseName is { } first && byName.TryGetValue(first, out var found) ? found : null;
        var visited = new HashSet<string>(System.StringComparer.Ordinal) { draft.Model.Name };

        // The visited set also stops at a cycle further up the chain (reported for the classes inside it).
        while (ancestor is not null && visited.Add(ancestor.Model.Name))
        {
            foreach (var property in draft.Model.Properties)
            {
                if (ancestor.PropertySpans.ContainsKey(property.Name))
                {
                    context.Report(
                        SchemaDiagnosticKinds.DuplicateProperty,
                        draft.PropertySpans[property.Name],
                        property.WireName,
                        draft.Model.KalturaName,
                        ancestor.Model.KalturaName);
                }
            }

            ancestor = ancestor.Model.BaseName is { } next && byName.TryGetValue(next, out var parent) ? parent : null;
        }
    }
}
