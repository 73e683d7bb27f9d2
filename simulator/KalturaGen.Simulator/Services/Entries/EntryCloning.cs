using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// baseEntry.clone (reference §5.6): a copy with a new id and the same status. Excluding FLAVORS gives
/// NO_CONTENT; excluding USERS makes the KS user the owner; content is copied when the source is READY
/// or NO_CONTENT, otherwise the clone receives it when the source becomes READY. Any session of the
/// partner may clone any of its entries (no <c>@validateUser</c>). QUIRK (not reproduced): the server
/// reads the source with the criteria filter off, so across partners; here other partners' entries are
/// not found.
/// </summary>
internal static class EntryCloning
{
    private const string Users = "1";
    private const string Flavors = "6";
    private const string Exclude = "1";

    /// <summary>Clones an entry.</summary>
    public static ValueTask<object?> Clone(ActionContext context)
    {
        var source = EntryAccess.Require(context, context.String("entryId"));
        var excluded = context.List("cloneOptions")
            .Where(o => o.GetString("rule") == Exclude)
            .Select(o => o.GetString("itemType"))
            .ToHashSet();

        var clone = new EntryRecord
        {
            Id = EntryFactory.NewEntryId(context.State),
            Sequence = context.State.NextSequence(),
            PartnerId = source.PartnerId,
            ClassName = source.ClassName,
            Type = source.Type,
            MediaType = source.MediaType,
            Status = source.Status,
            DisplayInSearch = source.DisplayInSearch,
            UserId = excluded.Contains(Users) ? context.Session.UserId : source.UserId,
            CreatorId = context.Session.UserId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            DurationMs = source.DurationMs,
            DataContent = source.DataContent,
            Version = source.Version,
        };
        foreach (var (name, value) in source.Props)
        {
            clone.Props[name] = value;
        }

        clone.Props.Remove("categories");
        clone.Props.Remove("categoriesIds");
        if (excluded.Contains(Flavors))
        {
            clone.Status = EntryStatus.NoContent;
            clone.DurationMs = 0;
        }
        else if (source.Status is EntryStatus.Ready or EntryStatus.NoContent)
        {
            context.Runtime.Lifecycle.CopyContent(source, clone);
        }
        else
        {
            source.CloneTargets.Add(clone.Id);
        }

        context.State.Entries[clone.Id] = clone;
        return ValueTask.FromResult<object?>(EntryMapper.ToWire(context, clone));
    }
}
