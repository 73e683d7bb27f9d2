using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Journal;

/// <summary>The calls the simulator received, in order, for tests to assert on.</summary>
public sealed class RequestJournal
{
    private const int Capacity = 100_000;
    private readonly Lock _sync = new();
    private readonly List<JournalEntry> _entries = [];
    private long _sequence;

    /// <summary>A snapshot of every entry.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_sync)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>Entries of one service.action (case-insensitive).</summary>
    public IReadOnlyList<JournalEntry> For(string service, string action) =>
        Entries.Where(e => string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase)
            && string.Equals(e.Action, action, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Records a call.</summary>
    public void Record(DateTimeOffset time, string service, string action, int? index, ParamNode parameters, string? errorCode, string? fault)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<JournalFile>();
        Flatten(parameters, "", flat, files);
        lock (_sync)
        {
            if (_entries.Count >= Capacity)
            {
                _entries.RemoveRange(0, Capacity / 10);
            }

            _entries.Add(new JournalEntry(++_sequence, time, service, action, index, flat, files, errorCode, fault));
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }

    private static void Flatten(ParamNode node, string prefix, Dictionary<string, string> flat, List<JournalFile> files)
    {
        foreach (var (key, child) in node.Children)
        {
            var name = prefix.Length == 0 ? key : $"{prefix}:{key}";
            if (child.IsArray)
            {
                Flatten(child, name, flat, files);
            }
            else if (child.File is { } file)
            {
                files.Add(new JournalFile(name, file.Name, file.Size));
            }
            else if (name != "ks" && !name.EndsWith(":ks", StringComparison.Ordinal))
            {
                flat[name] = child.AsText();
            }
        }
    }
}
