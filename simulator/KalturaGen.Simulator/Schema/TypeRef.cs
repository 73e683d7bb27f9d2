namespace KalturaGen.Simulator.Schema;

/// <summary>The kinds of type a schema type reference can name.</summary>
internal enum TypeKind
{
    /// <summary>A string.</summary>
    String,
    /// <summary>A 32-bit int on the wire (PHP int).</summary>
    Int,
    /// <summary>A 64-bit int (bigint).</summary>
    BigInt,
    /// <summary>Unix seconds; small values are relative to now.</summary>
    Time,
    /// <summary>A float.</summary>
    Float,
    /// <summary>A boolean.</summary>
    Bool,
    /// <summary>An uploaded file (parameter) or a binary body (result).</summary>
    File,
    /// <summary>A class or enum, see <see cref="TypeRef.Name"/>.</summary>
    Ref,
    /// <summary>An array, see <see cref="TypeRef.Items"/>.</summary>
    Array,
    /// <summary>A string-keyed map, see <see cref="TypeRef.Items"/>.</summary>
    Map,
}

/// <summary>A type reference as written on properties, parameters and results.</summary>
/// <param name="Kind">The kind of type.</param>
/// <param name="Name">The definition name for <see cref="TypeKind.Ref"/>.</param>
/// <param name="Items">The item type for arrays and maps.</param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Items = null)
{
    /// <summary>True for string, int, bigint, time, float and bool.</summary>
    public bool IsSimple => Kind is TypeKind.String or TypeKind.Int or TypeKind.BigInt or TypeKind.Time or TypeKind.Float or TypeKind.Bool;

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        TypeKind.Ref => Name!,
        TypeKind.Array => $"{Items}[]",
        TypeKind.Map => $"map<{Items}>",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
