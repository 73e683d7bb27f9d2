namespace KalturaGen.Simulator.Wire;

/// <summary>A result value in wire order and wire type, ready for any response format.</summary>
internal abstract record Shaped;

/// <summary>A string.</summary>
internal sealed record ShapedString(string Value) : Shaped;

/// <summary>An integer.</summary>
internal sealed record ShapedInt(long Value) : Shaped;

/// <summary>A float.</summary>
internal sealed record ShapedFloat(double Value) : Shaped;

/// <summary>A boolean.</summary>
internal sealed record ShapedBool(bool Value) : Shaped;

/// <summary>A null (a void result, or a null property, which XML still writes).</summary>
internal sealed record ShapedNull : Shaped
{
    /// <summary>The single instance.</summary>
    public static readonly ShapedNull Instance = new();
}

/// <summary>An object: its class and its properties in serialization order (nulls included).</summary>
internal sealed record ShapedObject(string ClassName, IReadOnlyList<KeyValuePair<string, Shaped>> Properties) : Shaped;

/// <summary>An array.</summary>
internal sealed record ShapedArray(IReadOnlyList<Shaped> Items) : Shaped;

/// <summary>A string-keyed map.</summary>
internal sealed record ShapedMap(IReadOnlyList<KeyValuePair<string, Shaped>> Entries) : Shaped;

/// <summary>An API error.</summary>
internal sealed record ShapedError(Errors.ApiError Error) : Shaped;
