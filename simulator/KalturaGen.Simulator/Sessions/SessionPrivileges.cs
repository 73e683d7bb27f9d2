namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// A KS's privilege string read as the server reads it: <c>kSessionBase::parsePrivileges</c> (name to its
/// <c>/</c>-separated values, a bare name to none) and <c>ks::verifyPrivileges</c> (<c>*</c> alone grants everything,
/// <c>name:*</c> any value of that name).
/// </summary>
internal sealed class SessionPrivileges
{
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);

    /// <summary>Reads a comma-separated privilege string.</summary>
    public SessionPrivileges(string text)
    {
        Text = text;
        foreach (var privilege in text.Split(','))
        {
            var (name, value) = privilege.IndexOf(':') is var colon and >= 0
                ? (privilege[..colon], privilege[(colon + 1)..])
                : (privilege, "");
            if (!_byName.TryGetValue(name, out var values))
            {
                _byName[name] = values = [];
            }

            if (value.Length > 0)
            {
                values.AddRange(value.Split('/'));
            }
        }
    }

    /// <summary>The privileges as the KS carries them (<c>*</c> for all).</summary>
    public string Text { get; }

    /// <summary>The values of privilege <paramref name="name"/> (empty for a bare name), or false when the KS lacks it.</summary>
    public bool TryGetValues(string name, out IReadOnlyList<string> values)
    {
        var found = _byName.TryGetValue(name, out var list);
        values = list ?? [];
        return found;
    }

    /// <summary>Whether the KS grants <paramref name="name"/> for <paramref name="value"/>.</summary>
    public bool Grants(string name, string value) =>
        Text.Trim() == "*" || (_byName.TryGetValue(name, out var values) && (values.Contains("*") || values.Contains(value)));
}
