using System.Collections;
using System.Text.RegularExpressions;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Dispatch;

/// <summary>
/// Multirequest result references: <c>{N:result}</c> and <c>{N:result:prop:0:prop}</c>, with
/// <c>_all</c> joining an attribute of every array item. The first reference in each value is found
/// with the server's (greedy) pattern and replaced textually; a path that resolves to nothing
/// (including a failed request) becomes "". QUIRK (reproduced): the server's pattern is greedy, so two
/// references in one value read as one longer (unresolvable) reference.
/// </summary>
internal static partial class ResultReferences
{
    /// <summary>A reference found in a parameter value: the path of keys to it and the reference text.</summary>
    public sealed record Reference(IReadOnlyList<string> KeyPath, string Text, long Index, string[] AttributePath);

    /// <summary>Finds the first reference in every scalar value under <paramref name="request"/>.</summary>
    public static List<Reference> Collect(ParamNode request)
    {
        var found = new List<Reference>();
        Walk(request, [], found);
        return found;
    }

    /// <summary>Replaces the references to executed request <paramref name="index"/> with values from its result.</summary>
    public static void Substitute(ParamNode request, List<Reference> references, long index, object? result)
    {
        foreach (var reference in references.Where(r => r.Index == index))
        {
            var parent = request;
            for (var i = 0; i < reference.KeyPath.Count - 1 && parent is not null; i++)
            {
                parent = parent.Get(reference.KeyPath[i]);
            }

            var leafKey = reference.KeyPath[^1];
            if (parent?.Get(leafKey) is not { Scalar: { } text })
            {
                continue;
            }

            var value = result is ApiException ? null : Resolve(result, reference.AttributePath);
            parent.Set(leafKey, ParamNode.Of(text.Replace(reference.Text, value ?? "", StringComparison.Ordinal)));
        }
    }

    private static void Walk(ParamNode node, List<string> path, List<Reference> found)
    {
        foreach (var (key, child) in node.Children)
        {
            var childPath = new List<string>(path) { key };
            if (child.IsArray)
            {
                Walk(child, childPath, found);
            }
            else if (child.Scalar is { } text && AnyReference().Match(text) is { Success: true } match)
            {
                var exact = ExactReference().Match(match.Value);
                if (exact.Success && long.TryParse(exact.Groups[1].Value, out var index))
                {
                    found.Add(new Reference(childPath, match.Value, index, exact.Groups[2].Value.Split(':')));
                }
            }
        }
    }

    private static string? Resolve(object? value, string[] path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var segment = path[i];
            if (segment.Length == 0)
            {
                // An empty path yields the value itself, unless it is an object.
                return value is WireObject or IList ? null : WireValues.AsString(value);
            }

            if (segment == "_all" && value is IList all && i + 1 < path.Length)
            {
                var attribute = path[i + 1];
                return string.Join(',', all.Cast<object?>().Select(item => WireValues.AsString((item as WireObject)?[attribute]) ?? ""));
            }

            value = value switch
            {
                WireObject obj => obj[segment],
                IList list when int.TryParse(segment, out var n) && n >= 0 && n < list.Count => list[n],
                _ => null,
            };
            if (value is null)
            {
                return null;
            }
        }

        return value is WireObject or IList ? null : WireValues.AsString(value);
    }

    // The non-backtracking engine finds the same (leftmost, greedy) match in linear time: with backtracking, a
    // value of many "{1:result" and no "}" costs quadratic time. (PHP's PCRE gives up at its backtrack limit.)
    [GeneratedRegex(@"\{[0-9]+:result:?(.*)?\}", RegexOptions.NonBacktracking)]
    private static partial Regex AnyReference();

    [GeneratedRegex(@"^\{([0-9]+):result:?(.*)?\}$")]
    private static partial Regex ExactReference();
}
