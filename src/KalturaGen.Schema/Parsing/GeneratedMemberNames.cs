using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// Names the generated types declare themselves (beside what the schema gives them): a schema value, property or type
/// may not take them as they are, so the parsers give those a suffix.
/// </summary>
internal static class GeneratedMemberNames
{
    /// <summary>What a string enum's struct declares or inherits besides its values (its field, properties, methods).</summary>
    public static readonly HashSet<string> StringEnum = new(System.StringComparer.Ordinal)
    {
        "_value", "Value", "IsKnown", "Name", "FromValue", "FromUtf8", "Equals", "GetHashCode", "ToString", "GetType",
        "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>What a model class declares itself besides its properties: no model type may be named so.</summary>
    public static readonly HashSet<string> ModelType = new(System.StringComparer.Ordinal) { "ObjectType", "MemberTable", "__members" };

    /// <summary>
    /// What a model class declares or inherits (from the runtime's base classes and <c>object</c>): no property may be
    /// named so.
    /// </summary>
    public static readonly HashSet<string> ModelProperty = new(ModelType, System.StringComparer.Ordinal)
    {
        "AssignedProperties", "IsAssigned", "ClearAssignments", "Unassign", "WriteTo", "ReadFrom", "MarkAssigned",
        "GetValue", "SetValue", "BeginProperty", "WriteProperties", "ReadProperty", "Equals", "GetHashCode", "GetType",
        "ToString", "MemberwiseClone", "Finalize", "Members", "SetObjectType", "ToJson",
    };
}
