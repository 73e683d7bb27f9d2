using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>validateForUpdate</c>: read-only and insert-only properties may be sent on update only with
/// their current value (so a fetched object can be sent back); a different value gives
/// PROPERTY_VALIDATION_NOT_UPDATABLE.
/// </summary>
public static class UpdateValidationRule
{
    /// <summary>Throws when a read-only or insert-only property would change.</summary>
    public static void Check(ApiSchema schema, WireObject update, WireObject current)
    {
        if (schema.FindClass(update.ClassName) is not { } type)
        {
            return;
        }

        foreach (var (name, value) in update.Values)
        {
            if (value is null or NullField || schema.FindProperty(type, name) is not { } property || !(property.ReadOnly || property.InsertOnly))
            {
                continue;
            }

            if (!SameValue(value, current[name]))
            {
                throw new ApiException("PROPERTY_VALIDATION_NOT_UPDATABLE", $"{update.ClassName}::{name}");
            }
        }
    }

    private static bool SameValue(object sent, object? stored) =>
        sent is WireObject or IEnumerable<WireObject>
            ? stored is not null
            : string.Equals(WireValues.AsString(sent), WireValues.AsString(stored), StringComparison.Ordinal)
              || (WireValues.AsDouble(sent) is { } a && WireValues.AsDouble(stored) is { } b && a == b && WireValues.AsString(stored) is { Length: > 0 });
}
