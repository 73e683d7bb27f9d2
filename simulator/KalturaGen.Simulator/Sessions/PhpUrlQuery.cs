using System.Text;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// PHP's <c>http_build_query</c> (with <c>urlencode</c>: RFC 1738, a space as <c>+</c>) and <c>parse_str</c> for the
/// flat keys a v2 KS holds: what <c>kSessionBase::generateKsV2</c> and <c>parseKsV2</c> call.
/// </summary>
internal static class PhpUrlQuery
{
    /// <summary><c>http_build_query($fields, '', '&amp;')</c>: null values are left out.</summary>
    public static string Build(IEnumerable<(string Name, string? Value)> fields) =>
        string.Join('&', fields.Where(f => f.Value is not null).Select(f => UrlEncode(f.Name) + "=" + UrlEncode(f.Value!)));

    /// <summary>
    /// <c>parse_str</c>: pairs split on <c>&amp;</c>, names and values URL-decoded, a repeated name keeps its first
    /// place with the last value, and dots and spaces in a name become underscores as PHP makes them.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string query)
    {
        var order = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = UrlDecode(equals < 0 ? pair : pair[..equals]).Replace('.', '_').Replace(' ', '_');
            if (name.Length == 0)
            {
                continue;
            }

            if (!values.ContainsKey(name))
            {
                order.Add(name);
            }

            values[name] = equals < 0 ? "" : UrlDecode(pair[(equals + 1)..]);
        }

        return order.ConvertAll(name => KeyValuePair.Create(name, values[name]));
    }

    // urlencode: letters, digits and "-_." stay; a space is '+'; every other byte of the UTF-8 text is %XX.
    private static string UrlEncode(string text)
    {
        var encoded = new StringBuilder(text.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b == ' ')
            {
                encoded.Append('+');
            }
            else if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(Convert.ToHexString([b]));
            }
        }

        return encoded.ToString();
    }

    // urldecode: '+' is a space, %XX a byte; a '%' not followed by two hex digits stays as it is.
    private static string UrlDecode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.FromHexString(text.AsSpan(i + 1, 2))[0]);
                i += 2;
            }
            else if (text[i] == '+')
            {
                bytes.Add((byte)' ');
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
