namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The deserializer's <c>groupParams</c>: every top-level key is split on <c>:</c> and nested, so
/// <c>entry:name=x</c> equals <c>entry[name]=x</c>; a final <c>-</c> segment only creates an empty array.
/// Keys are processed in order, so a later whole value replaces what earlier keys built. A key of more
/// levels than max_input_nesting_level is refused, as bracket keys are.
/// </summary>
internal static class ColonKeys
{
    /// <summary>Returns the grouped parameters.</summary>
    public static ParamNode Group(ParamNode parameters, SimulatorLimits limits)
    {
        var grouped = ParamNode.NewArray();
        foreach (var (key, value) in parameters.Children)
        {
            InputLimits.CheckNesting(key, key.AsSpan().Count(':'), limits);
            var path = key.Split(':');
            var node = grouped;
            for (var i = 0; i < path.Length; i++)
            {
                var segment = path[i];
                var isLast = i == path.Length - 1;
                if (segment == "-" && isLast)
                {
                    break;
                }

                if (isLast)
                {
                    node.Set(segment, value);
                }
                else
                {
                    node = node.GetOrCreateArray(segment);
                }
            }
        }

        return grouped;
    }
}
