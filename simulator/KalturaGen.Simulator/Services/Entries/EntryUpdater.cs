using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// Partial update of an entry (<c>updateEntry</c>): only the properties sent change; read-only and
/// insert-only properties must keep their value; <c>prop__null</c> clears a property; the type never
/// changes; a USER KS may not give the entry to another user.
/// </summary>
internal static class EntryUpdater
{
    /// <summary>Applies the update.</summary>
    public static void Apply(ActionContext context, EntryRecord entry, WireObject input)
    {
        UpdateValidationRule.Check(context.Schema, input, EntryMapper.ToWire(context, entry));
        AdminPropertyRule.Check(context, input);
        ScheduleDatesRule.Check(input, entry);
        if (input.GetString("userId") is { } owner && owner != entry.UserId)
        {
            if (!context.Session.IsAdmin)
            {
                throw KsErrors.InvalidType();
            }

            entry.UserId = owner;
        }

        if (input.GetInt("displayInSearch") is { } displayInSearch)
        {
            entry.DisplayInSearch = displayInSearch;
        }

        var type = context.Schema.FindClass(input.ClassName);
        foreach (var (name, value) in input.Values)
        {
            var property = type is null ? null : context.Schema.FindProperty(type, name);
            if (name is "userId" or "type" or "displayInSearch" || property is null || property.ReadOnly || property.InsertOnly)
            {
                continue;
            }

            if (value is NullField)
            {
                entry.Props.Remove(name);
            }
            else if (value is not null)
            {
                entry.Props[name] = value;
            }
        }

        entry.UpdatedAt = context.Now;
    }
}
