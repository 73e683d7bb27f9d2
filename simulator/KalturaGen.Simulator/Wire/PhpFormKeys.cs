namespace KalturaGen.Simulator.Wire;

/// <summary>
/// PHP's handling of form and query keys: <c>entry[name]=x</c> nests, <c>tags[]=a</c> appends,
/// an unclosed bracket is kept literally (as <c>_</c>), and a repeated key keeps the last value.
/// </summary>
public static class PhpFormKeys
{
    /// <summary>Stores <paramref name="value"/> under the (possibly bracketed) <paramref name="rawKey"/>.</summary>
    public static void Assign(ParamNode target, string rawKey, ParamNode value)
    {
        var key = rawKey.TrimStart(' ');
        var open = key.IndexOf('[');
        if (open <= 0 || key.IndexOf(']', open) < 0)
        {
            // No usable bracket: PHP turns '[' into '_' when the bracket is never closed.
            var plain = open > 0 ? key[..open] + "_" + key[(open + 1)..] : key;
            if (plain.Length > 0)
            {
                target.Set(plain, value);
            }

            return;
        }

        var segments = new List<string> { key[..open] };
        var position = open;
        while (position < key.Length && key[position] == '[')
        {
            var close = key.IndexOf(']', position);
            if (close < 0)
            {
                break;
            }

            segments.Add(key[(position + 1)..close]);
            position = close + 1; // anything after a ']' that is not '[' is ignored, as PHP does
        }

        var node = target;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var segment = segments[i].Length == 0 ? node.NextIndex() : segments[i];
            node = node.GetOrCreateArray(segment);
        }

        var last = segments[^1].Length == 0 ? node.NextIndex() : segments[^1];
        node.Set(last, value);
    }

    /// <summary>Parses a URL-encoded query or form body into <paramref name="target"/>.</summary>
    public static void ParseUrlEncoded(ParamNode target, string text)
    {
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            var value = equals >= 0 ? Decode(pair[(equals + 1)..]) : "";
            Assign(target, key, ParamNode.Of(value));
        }
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
