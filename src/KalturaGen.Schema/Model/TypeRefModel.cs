namespace KalturaGen.Schema;

/// <summary>The kinds of value a schema type reference can name.</summary>
public enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    IntEnum,
    StringEnum,
    Object,
    Array,
    Map,
    File,
}

/// <summary>
/// A resolved type reference. <paramref name="TypeName"/> is the C# name of an enum or class (without
/// namespace); <paramref name="Element"/> is the item type of an array or map.
/// </summary>
public sealed record TypeRefModel(TypeKind Kind, string? TypeName = null, TypeRefModel? Element = null, bool IsUnixTime = false)
{
    /// <summary>The schema spelling of the type, for diagnostics and docs.</summary>
    public string Describe() => Kind switch
    {
        TypeKind.Array => $"array of {Element?.Describe()}",
        TypeKind.Map => $"map of {Element?.Describe()}",
        TypeKind.IntEnum or TypeKind.StringEnum or TypeKind.Object => TypeName ?? "?",
        TypeKind.Int32 => IsUnixTime ? "unix-time" : "integer",
        TypeKind.Int64 => "int64",
        TypeKind.Double => "number",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
