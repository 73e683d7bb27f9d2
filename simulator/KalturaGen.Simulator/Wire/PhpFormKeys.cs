using System.Text;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// PHP's handling of form and query keys: <c>entry[name]=x</c> nests, <c>tags[]=a</c> appends,
/// an unclosed bracket is kept literally (as <c>_</c>), and a repeated key keeps the last value.
/// Keys nested deeper than max_input_nesting_level and sources with more than max_input_vars variables are
/// refused (<see cref="InputLimits"/>).
/// </summary>
internal static class PhpFormKeys
{
    /// <summary>Stores <paramref name="value"/> under the (possibly bracketed) <paramref name="rawKey"/>.</summary>
    public static void Assign(ParamNode target, string rawKey, ParamNode value, SimulatorLimits limits)
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

            // Counted before the key is built any deeper, so a huge key costs no more than reading it.
            InputLimits.CheckNesting(key, segments.Count, limits);
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

    /// <summary>Parses a URL-encoded query string into <paramref name="target"/>.</summary>
    public static void ParseUrlEncoded(ParamNode target, string text, SimulatorLimits limits) =>
        ParseUrlEncoded(target, Encoding.UTF8.GetBytes(text), limits);

    /// <summary>
    /// Parses a URL-encoded body into <paramref name="target"/>, straight from its bytes: each key and value is
    /// decoded as PHP's urldecode does ('+' is a space, %XX a byte) and then read as UTF-8.
    /// </summary>
    public static void ParseUrlEncoded(ParamNode target, ReadOnlySpan<byte> body, SimulatorLimits limits)
    {
        var count = 0;
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            InputLimits.CheckVariables(++count, limits.MaxInputVars);
            var equals = pair.IndexOf((byte)'=');
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            var value = equals >= 0 ? Decode(pair[(equals + 1)..]) : "";
            Assign(target, key, ParamNode.Of(value), limits);
        }
    }

    private static string Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IndexOfAny((byte)'+', (byte)'%') < 0)
        {
            return Encoding.UTF8.GetString(encoded);
        }

        var decoded = encoded.Length <= 1024 ? stackalloc byte[encoded.Length] : new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+')
            {
                b = (byte)' ';
            }
            else if (b == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                b = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }

            decoded[length++] = b;
        }

        return Encoding.UTF8.GetString(decoded[..length]);
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
