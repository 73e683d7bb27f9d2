using System.Globalization;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>validateForUpdate</c>: read-only and insert-only properties may be sent on update only with
/// their current value (so a fetched object can be sent back); a different value gives
/// PROPERTY_VALIDATION_NOT_UPDATABLE.
/// </summary>
internal static class UpdateValidationRule
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

    // Numbers compare by value (a fetched 2.0 may come back as 2), everything else as text.
    private static bool SameValue(object sent, object? stored)
    {
        if (sent is WireObject or IEnumerable<WireObject>)
        {
            return stored is not null;
        }

        var sentText = WireValues.AsString(sent);
        var storedText = WireValues.AsString(stored);
        if (string.Equals(sentText, storedText, StringComparison.Ordinal))
        {
            return true;
        }

        return double.TryParse(sentText, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(storedText, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && a == b;
    }
}
