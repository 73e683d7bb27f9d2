using System.Globalization;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Journal;

/// <summary>
/// The calls the simulator received, in order, for tests to assert on. Bounded: each key and value is kept up to
/// <see cref="SimulatorLimits.JournalValueLength"/> characters (then cut with a <c>…[truncated, N chars]</c> marker),
/// and the journal is a ring that drops its oldest entries beyond <see cref="SimulatorLimits.JournalCapacity"/>
/// entries or <see cref="SimulatorLimits.JournalChars"/> characters.
/// </summary>
public sealed class RequestJournal
{
    private readonly Lock _sync = new();
    private readonly Queue<(JournalEntry Entry, long Chars)> _entries = new();
    private readonly SimulatorLimits _limits;
    private long _chars;
    private long _sequence;

    /// <summary>Creates a journal within the given limits.</summary>
    public RequestJournal(SimulatorLimits limits) => _limits = limits;

    /// <summary>A snapshot of every entry kept, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_sync)
            {
                return _entries.Select(e => e.Entry).ToList();
            }
        }
    }

    /// <summary>Entries of one service.action (case-insensitive).</summary>
    public IReadOnlyList<JournalEntry> For(string service, string action) =>
        Entries.Where(e => string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase)
            && string.Equals(e.Action, action, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Records a call.</summary>
    internal void Record(DateTimeOffset time, string service, string action, int? index, ParamNode parameters, string? errorCode, string? fault)
    {
        var flattened = new Flattened(_limits);
        flattened.Add(parameters, "");
        var entry = new JournalEntry(0, time, Truncate(service, _limits.JournalValueLength), Truncate(action, _limits.JournalValueLength),
            index, flattened.Parameters, flattened.Files, errorCode, fault);
        var chars = entry.Service.Length + entry.Action.Length + flattened.Chars;
        lock (_sync)
        {
            _entries.Enqueue((entry with { Sequence = ++_sequence }, chars));
            _chars += chars;
            while (_entries.Count > 1 && (_entries.Count > _limits.JournalCapacity || _chars > _limits.JournalChars))
            {
                _chars -= _entries.Dequeue().Chars;
            }
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
            _chars = 0;
        }
    }

    private static string Truncate(string text, int length) =>
        text.Length <= length
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, length)}…[truncated, {text.Length} chars]");

    // Scalar parameters flattened with ':' (ks left out), file parts apart. Names are cut like values (a whole name
    // at four times the value length), and one entry keeps at most 256 values' worth of characters.
    private sealed class Flattened(SimulatorLimits limits)
    {
        private readonly long _budget = 256L * limits.JournalValueLength;

        public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

        public List<JournalFile> Files { get; } = [];

        public long Chars { get; private set; }

        public void Add(ParamNode node, string prefix)
        {
            foreach (var (key, child) in node.Children)
            {
                if (Chars > _budget)
                {
                    Parameters["…"] = "[more parameters not journaled]";
                    return;
                }

                var segment = Truncate(key, limits.JournalValueLength);
                var name = prefix.Length == 0 ? segment : Truncate($"{prefix}:{segment}", 4 * limits.JournalValueLength);
                if (child.IsArray)
                {
                    Add(child, name);
                }
                else if (child.File is { } file)
                {
                    Files.Add(new JournalFile(name, Truncate(file.Name, limits.JournalValueLength), file.Size));
                    Chars += name.Length + Files[^1].FileName.Length;
                }
                else if (key != "ks")
                {
                    var value = Truncate(child.AsText(), limits.JournalValueLength);
                    Parameters[name] = value;
                    Chars += name.Length + value.Length;
                }
            }
        }
    }
}
