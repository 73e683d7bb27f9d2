using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>validatePropertyNotNull</c>: a property the action needs must be set
/// (PROPERTY_VALIDATION_CANNOT_BE_NULL, named <c>KalturaClass::property</c>).
/// </summary>
internal static class RequiredPropertyRule
{
    /// <summary>Throws when the property is missing or an explicit null.</summary>
    public static void Check(WireObject value, string property)
    {
        if (!value.HasValue(property))
        {
            throw new ApiException("PROPERTY_VALIDATION_CANNOT_BE_NULL", $"{value.ClassName}::{property}");
        }
    }
}
