using System.Globalization;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Dispatch;

/// <summary>
/// The server's <c>handleMultiRequest</c> (reference §1.7): sub-requests from numeric keys and
/// <c>N:</c>-prefixed flat keys, run from the smallest index until one lacks service or action;
/// ks, partnerId and clientTag copied from the common parameters; each failure is its own result;
/// <c>{N:result:path}</c> references resolved against earlier results.
/// </summary>
internal sealed class MultiRequestRunner(Dispatcher dispatcher)
{
    private static readonly string[] CopiedCommonParams = ["clientTag", "ks", "partnerId"];

    /// <summary>Runs the batch and returns one outcome per executed sub-request.</summary>
    public async Task<IReadOnlyList<DispatchOutcome>> RunAsync(ParamNode parameters, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var common = ParamNode.NewArray();
        var requests = new SortedDictionary<long, ParamNode>();
        long start = 1, end = 1;
        foreach (var (key, value) in parameters.Children)
        {
            if (TryIndex(key, out var index))
            {
                requests[index] = value.IsArray ? value.Clone() : value;
                (start, end) = (Math.Min(start, index), Math.Max(end, index));
                continue;
            }

            var colon = key.IndexOf(':');
            if (colon > 0 && TryIndex(key[..colon], out var flatIndex))
            {
                if (!requests.TryGetValue(flatIndex, out var request) || !request.IsArray)
                {
                    request = ParamNode.NewArray();
                    requests[flatIndex] = request;
                }

                request.Set(key[(colon + 1)..], value);
                (start, end) = (Math.Min(start, flatIndex), Math.Max(end, flatIndex));
            }
            else
            {
                common.Set(key, value);
            }
        }

        var references = requests.ToDictionary(r => r.Key, r => ResultReferences.Collect(r.Value));
        var outcomes = new List<DispatchOutcome>();
        for (var i = start; i <= end; i++)
        {
            if (!requests.TryGetValue(i, out var current) || !current.IsArray || !current.Has("service") || !current.Has("action"))
            {
                break; // a gap ends the batch
            }

            foreach (var name in CopiedCommonParams)
            {
                if (!current.Has(name) && common.Get(name) is { } shared)
                {
                    current.Set(name, shared);
                }
            }

            current.Remove("format");
            var executed = outcomes.Count + 1;
            var outcome = await dispatcher.DispatchAsync(current, origin, executed, cancellationToken);
            outcomes.Add(outcome);

            foreach (var (later, paths) in references.Where(r => r.Key > i))
            {
                ResultReferences.Substitute(requests[later], paths, executed, outcome.Result);
            }
        }

        return outcomes;
    }

    // PHP's is_numeric + intval, for integer-looking keys.
    private static bool TryIndex(string key, out long index) =>
        long.TryParse(key.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index);
}
