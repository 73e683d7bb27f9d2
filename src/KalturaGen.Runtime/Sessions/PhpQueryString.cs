using System.Text;

namespace KalturaGen.Runtime.Sessions;

/// <summary>
/// The two PHP functions a v2 KS relies on: <c>http_build_query</c> (RFC 1738 encoding, spaces as
/// <c>+</c>) and <c>parse_str</c> for flat keys.
/// </summary>
internal static class PhpQueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                continue; // http_build_query skips null values
            }

            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Encode(key)).Append('=').Append(Encode(value));
        }

        return builder.ToString();
    }

    public static List<KeyValuePair<string, string>> Parse(string query)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            var value = equals >= 0 ? Decode(pair[(equals + 1)..]) : "";
            var existing = result.FindIndex(p => p.Key == key);
            if (existing >= 0)
            {
                result[existing] = new(key, value); // a repeated key keeps its first position, last value
            }
            else
            {
                result.Add(new(key, value));
            }
        }

        return result;
    }

    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
