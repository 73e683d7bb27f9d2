using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>An entry's startDate must be before its endDate (INVALID_ENTRY_SCHEDULE_DATES).</summary>
internal static class ScheduleDatesRule
{
    /// <summary>Throws when the resulting start is not before the resulting end.</summary>
    public static void Check(WireObject input, EntryRecord? current)
    {
        var start = input.GetLong("startDate") ?? WireValues.AsLong(current?.Props.GetValueOrDefault("startDate"));
        var end = input.GetLong("endDate") ?? WireValues.AsLong(current?.Props.GetValueOrDefault("endDate"));
        if (start is { } s && end is { } e && s >= e)
        {
            throw new ApiException("INVALID_ENTRY_SCHEDULE_DATES");
        }
    }
}
