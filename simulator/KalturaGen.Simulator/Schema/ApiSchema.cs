namespace KalturaGen.Simulator.Schema;

/// <summary>
/// The schema the simulator runs on: class and enum definitions, services and errors, with the
/// look-ups the wire layer needs (case-insensitive class and service names, inheritance, property order).
/// </summary>
internal sealed class ApiSchema
{
    private readonly Dictionary<string, Definition> _definitions;
    private readonly Dictionary<string, ServiceDef> _services;
    private readonly Dictionary<string, IReadOnlyList<PropertyDef>> _propertyOrder = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _sync = new();

    /// <summary>Creates a schema from its parts.</summary>
    public ApiSchema(IEnumerable<Definition> definitions, IEnumerable<ServiceDef> services, IEnumerable<ErrorDef> errors)
    {
        _definitions = definitions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        _services = services.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        Errors = errors.ToDictionary(e => e.Code, StringComparer.Ordinal);
    }

    /// <summary>The errors, by code.</summary>
    public IReadOnlyDictionary<string, ErrorDef> Errors { get; }

    /// <summary>The services, by wire id.</summary>
    public IEnumerable<ServiceDef> Services => _services.Values;

    /// <summary>All definitions.</summary>
    public IEnumerable<Definition> Definitions => _definitions.Values;

    /// <summary>Finds a service by its wire id, ignoring case.</summary>
    public ServiceDef? FindService(string id) => _services.GetValueOrDefault(id);

    /// <summary>Finds a class by name, ignoring case (PHP class names are case-insensitive).</summary>
    public ClassDef? FindClass(string name) => _definitions.GetValueOrDefault(name) as ClassDef;

    /// <summary>Finds an enum by name.</summary>
    public EnumDef? FindEnum(string name) => _definitions.GetValueOrDefault(name) as EnumDef;

    /// <summary>The class of that name; throws when it is missing (a programming error in the simulator).</summary>
    public ClassDef GetClass(string name) =>
        FindClass(name) ?? throw new InvalidOperationException($"The schema has no class {name}.");

    /// <summary>True when <paramref name="candidate"/> is <paramref name="baseName"/> or derives from it.</summary>
    public bool IsSameOrSubclass(string candidate, string baseName)
    {
        for (var current = FindClass(candidate); current is not null; current = current.BaseName is null ? null : FindClass(current.BaseName))
        {
            if (string.Equals(current.Name, baseName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every property of a class in the server's serialization order: the class's own declared
    /// properties first, then its parent's, and so on up the hierarchy.
    /// </summary>
    public IReadOnlyList<PropertyDef> PropertiesInOrder(ClassDef type)
    {
        lock (_sync)
        {
            if (_propertyOrder.TryGetValue(type.Name, out var cached))
            {
                return cached;
            }

            var ordered = new List<PropertyDef>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (ClassDef? current = type; current is not null; current = current.BaseName is null ? null : FindClass(current.BaseName))
            {
                ordered.AddRange(current.OwnProperties.Where(p => seen.Add(p.Name)));
            }

            _propertyOrder[type.Name] = ordered;
            return ordered;
        }
    }

    /// <summary>Finds a property declared on the class or one of its ancestors.</summary>
    public PropertyDef? FindProperty(ClassDef type, string name) =>
        PropertiesInOrder(type).FirstOrDefault(p => p.Name == name);
}
