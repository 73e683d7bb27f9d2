namespace KalturaGen.Simulator.Schema;

/// <summary>A class or an enum of the schema.</summary>
internal abstract record Definition(string Name);

/// <summary>An enum: int enums are closed sets, string enums are Kaltura's open "dynamic" enums.</summary>
/// <param name="Name">The definition name, e.g. <c>KalturaEntryStatus</c>.</param>
/// <param name="IsInt">True for <c>x-enumType: int</c>.</param>
/// <param name="Values">The values as text, in order.</param>
/// <param name="Names">The constant names aligned with <paramref name="Values"/>.</param>
internal sealed record EnumDef(string Name, bool IsInt, IReadOnlyList<string> Values, IReadOnlyList<string> Names) : Definition(Name)
{
    /// <summary>Whether <paramref name="value"/> is one of the enum's values.</summary>
    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal);
}

/// <summary>A property of a class.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Type">The property type.</param>
/// <param name="ReadOnly">Set by the server only.</param>
/// <param name="InsertOnly">Settable on add, not on update.</param>
/// <param name="WriteOnly">Never serialized back.</param>
internal sealed record PropertyDef(string Name, TypeRef Type, bool ReadOnly, bool InsertOnly, bool WriteOnly);

/// <summary>A class: its own properties in serialization order, its base, and whether it is abstract.</summary>
internal sealed record ClassDef(string Name, string? BaseName, bool IsAbstract, IReadOnlyList<PropertyDef> OwnProperties) : Definition(Name);
