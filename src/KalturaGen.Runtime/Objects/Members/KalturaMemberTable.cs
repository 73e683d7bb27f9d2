namespace KalturaGen.Runtime;

/// <summary>
/// The members of a model class, its base classes' first, each at the slot its generated property reads and writes.
/// One table per class, built once; the runtime reads and writes every model through it.
/// </summary>
public sealed class KalturaMemberTable
{
    private readonly KalturaMember[] _members;
    private readonly int[]?[] _slotsByLength;
    private readonly Dictionary<string, int> _slotsByName;

    private KalturaMemberTable(KalturaMember[] members)
    {
        _members = members;
        _slotsByName = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
        var longest = 0;
        for (var slot = 0; slot < members.Length; slot++)
        {
            longest = Math.Max(longest, members[slot].Utf8Name.Length);
            _slotsByName[members[slot].Name] = slot; // a subclass's member of the same name comes later and wins
        }

        // Lookup by UTF-8 length first, then by bytes (the names of one class rarely share a length); the last
        // declared member of a name comes first, so a subclass's member wins as it did with generated readers.
        _slotsByLength = new int[]?[longest + 1];
        foreach (var group in Enumerable.Range(0, members.Length).Reverse().GroupBy(slot => members[slot].Utf8Name.Length))
        {
            _slotsByLength[group.Key] = [.. group];
        }
    }

    /// <summary>The table of a class with no members (and of classes written by hand).</summary>
    public static KalturaMemberTable Empty { get; } = new([]);

    /// <summary>How many members (slots) an instance holds.</summary>
    public int Count => _members.Length;

    /// <summary>The members, in slot order.</summary>
    public IReadOnlyList<KalturaMember> Members => _members;

    /// <summary>The members, in slot order (a member's index is its slot), for loops that must not allocate an enumerator.</summary>
    internal ReadOnlySpan<KalturaMember> Span => _members;

    /// <summary>The member at <paramref name="slot"/>.</summary>
    internal KalturaMember this[int slot] => _members[slot];

    /// <summary>
    /// The table of a class: the members of <paramref name="baseTable"/>, then <paramref name="members"/> at the slots
    /// after them.
    /// </summary>
    /// <param name="baseTable">The base class's table; null for a class whose base has none.</param>
    /// <param name="firstSlot">The slot the generated code gives the first own member: the base table's size, checked.</param>
    /// <param name="members">The class's own members, in the order of their slots.</param>
    /// <exception cref="InvalidOperationException">The base table does not end where the generated slots begin.</exception>
    public static KalturaMemberTable Create(KalturaMemberTable? baseTable, int firstSlot, KalturaMember[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var inherited = baseTable?._members ?? [];
        if (inherited.Length != firstSlot)
        {
            throw new InvalidOperationException(
                $"The generated members start at slot {firstSlot} but the base class has {inherited.Length}: the model and its base come from different generations.");
        }

        if (Array.IndexOf(members, null) >= 0)
        {
            throw new ArgumentException("A member is null.", nameof(members));
        }

        return new KalturaMemberTable([.. inherited, .. members]);
    }

    /// <summary>The member whose wire name is <paramref name="name"/>, or null.</summary>
    public KalturaMember? Find(string name) => _slotsByName.TryGetValue(name, out var slot) ? _members[slot] : null;

    /// <summary>The slot of the member whose wire name is the UTF-8 <paramref name="name"/>, or -1.</summary>
    internal int FindSlot(scoped ReadOnlySpan<byte> name)
    {
        if ((uint)name.Length >= (uint)_slotsByLength.Length || _slotsByLength[name.Length] is not { } candidates)
        {
            return -1;
        }

        foreach (var slot in candidates)
        {
            if (name.SequenceEqual(_members[slot].Utf8Name))
            {
                return slot;
            }
        }

        return -1;
    }
}
