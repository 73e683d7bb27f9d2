using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Services.Entries.Moderation;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// Creates entries from an add call's object (<c>prepareEntryForInsert</c>): insert validation,
/// admin-only properties, schedule dates, the owner (the KS user unless an admin sets userId), and
/// defaults (name "{partnerId}_{time}", licenseType UNKNOWN, displayInSearch partner-only, the partner's default
/// moderation status: <see cref="EntryModeration"/>).
/// </summary>
internal static class EntryFactory
{
    private static readonly HashSet<string> TypedProperties = new(StringComparer.Ordinal)
    {
        "userId", "type", "status", "mediaType", "displayInSearch",
    };

    /// <summary>Validates the input and creates the entry (not yet stored).</summary>
    public static EntryRecord Create(ActionContext context, WireObject input, int type, int status)
    {
        InsertValidationRule.Check(context.Schema, input);
        AdminPropertyRule.Check(context, input);
        ScheduleDatesRule.Check(input, null);

        var owner = context.Session.UserId;
        if (input.GetString("userId") is { } requestedOwner)
        {
            if (!context.Session.IsAdmin && !string.Equals(requestedOwner, context.Session.UserId, StringComparison.OrdinalIgnoreCase))
            {
                throw KsErrors.InvalidType();
            }

            owner = requestedOwner;
        }

        var entry = new EntryRecord
        {
            Id = NewEntryId(context.State),
            Sequence = context.State.NextSequence(),
            PartnerId = context.PartnerId,
            ClassName = input.ClassName,
            Type = type,
            Status = status,
            UserId = owner,
            CreatorId = context.Session.UserId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            MediaType = input.GetInt("mediaType"),
            DisplayInSearch = input.GetInt("displayInSearch") ?? DisplayInSearchType.PartnerOnly,
            ModerationStatus = EntryModeration.DefaultStatus(context.Session.Partner),
        };
        CopySettable(context, input, entry);
        entry.Props["name"] = input.GetString("name") is { Length: > 0 } name ? name : $"{context.PartnerId}_{context.Now}";
        return entry;
    }

    /// <summary>Stores the entry.</summary>
    public static EntryRecord Store(ActionContext context, EntryRecord entry)
    {
        context.State.Entries[entry.Id] = entry;
        return entry;
    }

    /// <summary>A fresh entry id.</summary>
    public static string NewEntryId(SimulatorState state)
    {
        string id;
        do
        {
            id = state.Ids.ShortId();
        }
        while (state.Entries.ContainsKey(id) || state.Assets.ContainsKey(id));

        return id;
    }

    /// <summary>Copies the client-settable properties of an input object into the entry.</summary>
    public static void CopySettable(ActionContext context, WireObject input, EntryRecord entry)
    {
        var type = context.Schema.FindClass(input.ClassName);
        foreach (var (name, value) in input.Values)
        {
            if (TypedProperties.Contains(name) || value is null || (type is not null && context.Schema.FindProperty(type, name) is { ReadOnly: true }))
            {
                continue;
            }

            if (value is NullField)
            {
                entry.Props.Remove(name);
            }
            else
            {
                entry.Props[name] = value;
            }
        }
    }
}
