namespace KalturaGen.Runtime.Sessions;

/// <summary>Parses and checks KS privilege strings the way the server does.</summary>
internal static class KsPrivileges
{
    private const char ValueDelimiter = '/';

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string privileges)
    {
        var parsed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var privilege in privileges.Split(','))
        {
            var colon = privilege.IndexOf(':');
            var name = colon >= 0 ? privilege[..colon] : privilege;
            var value = colon >= 0 ? privilege[(colon + 1)..] : null;
            if (!parsed.TryGetValue(name, out var values))
            {
                values = [];
                parsed[name] = values;
            }

            if (!string.IsNullOrEmpty(value))
            {
                values.AddRange(value.Split(ValueDelimiter));
            }
        }

        return parsed.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    public static bool Verify(string privileges, string name, string value)
    {
        // '*' alone grants everything (v2 stores it as all:*, which parsing turns back into '*').
        if (privileges.Trim() == "*")
        {
            return true;
        }

        var parsed = Parse(privileges);
        if (!parsed.TryGetValue(name, out var values))
        {
            return false;
        }

        return values.Contains("*") || values.Contains(value, StringComparer.Ordinal);
    }
}
