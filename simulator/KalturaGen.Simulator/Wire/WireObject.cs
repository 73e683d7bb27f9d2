using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Wire;

/// <summary>The explicit null a client sends with <c>prop__null</c> (PHP's KalturaNullField).</summary>
internal sealed class NullField
{
    /// <summary>The single instance.</summary>
    public static readonly NullField Instance = new();

    private NullField()
    {
    }
}

/// <summary>
/// A Kaltura object on the wire: its class and property values. Values are <see cref="string"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="WireObject"/>,
/// <see cref="IReadOnlyList{T}"/> of objects, a string-keyed map, <see cref="NullField"/> or null.
/// </summary>
internal sealed class WireObject
{
    private readonly OrderedDictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>Creates an object of the named class.</summary>
    public WireObject(string className) => ClassName = className;

    /// <summary>The Kaltura class name, written as <c>objectType</c>.</summary>
    public string ClassName { get; }

    /// <summary>Properties that were set (including explicit nulls), in the order they were set.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Values => _values;

    /// <summary>Gets or sets a property value.</summary>
    public object? this[string name]
    {
        get => _values.GetValueOrDefault(name);
        set => _values[name] = value;
    }

    /// <summary>Whether the property was sent (including as an explicit null).</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>Whether the property was sent with a value other than an explicit null.</summary>
    public bool HasValue(string name) => _values.TryGetValue(name, out var v) && v is not null and not NullField;

    /// <summary>A string property (numbers are formatted as PHP would).</summary>
    public string? GetString(string name) => WireValues.AsString(this[name]);

    /// <summary>An integer property.</summary>
    public long? GetLong(string name) => WireValues.AsLong(this[name]);

    /// <summary>An int property.</summary>
    public int? GetInt(string name) => WireValues.AsLong(this[name]) is { } v ? (int)Math.Clamp(v, int.MinValue, int.MaxValue) : null;

    /// <summary>A float property.</summary>
    public double? GetDouble(string name) => WireValues.AsDouble(this[name]);

    /// <summary>A boolean property.</summary>
    public bool? GetBool(string name) => this[name] switch { bool b => b, null or NullField => null, var other => WireValues.AsLong(other) != 0 };

    /// <summary>A nested object property.</summary>
    public WireObject? GetObject(string name) => this[name] as WireObject;

    /// <summary>An array-of-objects property (empty when absent).</summary>
    public IReadOnlyList<WireObject> GetList(string name) => this[name] as IReadOnlyList<WireObject> ?? [];

    /// <summary>Whether the object is of <paramref name="className"/> or a subclass of it.</summary>
    public bool Is(ApiSchema schema, string className) => schema.IsSameOrSubclass(ClassName, className);
}
