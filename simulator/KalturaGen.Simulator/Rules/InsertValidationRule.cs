using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>validateForInsert</c>: a client may not set a read-only property when creating an object
/// (PROPERTY_VALIDATION_NOT_UPDATABLE, named <c>KalturaClass::property</c>).
/// </summary>
internal static class InsertValidationRule
{
    /// <summary>Throws when a read-only property carries a value.</summary>
    public static void Check(ApiSchema schema, WireObject value)
    {
        if (schema.FindClass(value.ClassName) is not { } type)
        {
            return;
        }

        foreach (var (name, propertyValue) in value.Values)
        {
            if (propertyValue is not null and not NullField && schema.FindProperty(type, name) is { ReadOnly: true })
            {
                throw new ApiException("PROPERTY_VALIDATION_NOT_UPDATABLE", $"{value.ClassName}::{name}");
            }
        }
    }
}
