namespace KalturaGen.Runtime;

/// <summary>
/// The members of a model class, its base classes' first, each at the slot its generated property reads and writes.
/// One table per class, built once; the runtime reads and writes every model through it.
/// </summary>
public sealed class KalturaMemberTable
{
    private readonly KalturaMember[] _members;
    private readonly KalturaMember[]?[] _byLength;
    private readonly Dictionary<string, KalturaMember> _byName;

    private KalturaMemberTable(KalturaMember[] members)
    {
        _members = members;
        _byName = new Dictionary<string, KalturaMember>(members.Length, StringComparer.Ordinal);
        var longest = 0;
        foreach (var member in members)
        {
            longest = Math.Max(longest, member.Utf8Name.Length);
            _byName[member.Name] = member; // a subclass's member of the same name comes later and wins
        }

        // Lookup by UTF-8 length first, then by bytes (the names of one class rarely share a length); the last
        // declared member of a name comes first, so a subclass's member wins as it did with generated readers.
        _byLength = new KalturaMember[]?[longest + 1];
        foreach (var group in Enumerable.Reverse(members).GroupBy(m => m.Utf8Name.Length))
        {
            _byLength[group.Key] = [.. group];
        }
    }

    /// <summary>The table of a class with no members (and of classes written by hand).</summary>
    public static KalturaMemberTable Empty { get; } = new([]);

    /// <summary>How many members (slots) an instance holds.</summary>
    public int Count => _members.Length;

    /// <summary>The members, in slot order.</summary>
    public IReadOnlyList<KalturaMember> Members => _members;

    /// <summary>The members, in slot order, for loops that must not allocate an enumerator.</summary>
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

        var all = new KalturaMember[inherited.Length + members.Length];
        inherited.CopyTo(all, 0);
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i] ?? throw new ArgumentException("A member is null.", nameof(members));
            if (member.Slot != -1)
            {
                throw new ArgumentException($"The member '{member.Name}' already belongs to a table.", nameof(members));
            }

            member.Slot = firstSlot + i;
            all[firstSlot + i] = member;
        }

        return new KalturaMemberTable(all);
    }

    /// <summary>The member whose wire name is <paramref name="name"/>, or null.</summary>
    public KalturaMember? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The member whose wire name is the UTF-8 <paramref name="name"/>, or null.</summary>
    internal KalturaMember? Find(scoped ReadOnlySpan<byte> name)
    {
        if ((uint)name.Length >= (uint)_byLength.Length || _byLength[name.Length] is not { } candidates)
        {
            return null;
        }

        foreach (var member in candidates)
        {
            if (name.SequenceEqual(member.Utf8Name))
            {
                return member;
            }
        }

        return null;
    }
}
