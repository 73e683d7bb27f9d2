using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>The <c>baseEntry</c> service (reference §5.6): any entry type. Recycling and cloning are in <see cref="EntryRecycling"/> and <see cref="EntryCloning"/>.</summary>
internal static class BaseEntryService
{
    /// <summary>
    /// Registers the actions: addContent carries <c>@validateUser entry entryId edit</c>, delete
    /// <c>... edit ownerOnly</c>; clone, recycle, restoreRecycled and export check no owner, as on the server.
    /// </summary>
    public static void Map(ActionRegistry registry)
    {
        registry
            .Add("baseentry", "add", Add)
            .AddSelfLocking("baseentry", "addContent", EntryAccess.WithPrefetch(AddContent), ValidateUserRule.Entry())
            .Add("baseentry", "get", Get)
            .Add("baseentry", "getByIds", GetByIds)
            .Add("baseentry", "list", List)
            .Add("baseentry", "listByReferenceId", ListByReferenceId)
            .Add("baseentry", "delete", Delete, ValidateUserRule.EntryOwnerOnly())
            .Add("baseentry", "export", Export)
            .Add("baseentry", "clone", EntryCloning.Clone)
            .Add("baseentry", "recycle", EntryRecycling.Recycle)
            .Add("baseentry", "restoreRecycled", EntryRecycling.RestoreRecycled);
    }

    /// <summary>
    /// baseEntry.add: the class (KalturaMediaEntry, KalturaDataEntry, KalturaDocumentEntry) decides
    /// the type; a type parameter other than -1 overrides it. Every type starts in NO_CONTENT.
    /// </summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var input = context.Object("entry")!;
        var type = input.ClassName switch
        {
            "KalturaMediaEntry" => EntryType.MediaClip,
            "KalturaDataEntry" => EntryType.Data,
            "KalturaDocumentEntry" => EntryType.Document,
            _ => (int)(input.GetLong("type") ?? EntryType.Automatic),
        };
        if (context.Long("type") is { } requested && requested != EntryType.Automatic)
        {
            type = (int)requested;
        }

        var className = type switch
        {
            EntryType.MediaClip => "KalturaMediaEntry",
            EntryType.Data => "KalturaDataEntry",
            EntryType.Document => "KalturaDocumentEntry",
            EntryType.Automatic => input.ClassName,
            _ => throw new ApiException("ENTRY_TYPE_NOT_SUPPORTED", type),
        };
        var entry = EntryFactory.Create(context, input, type, EntryStatus.NoContent);
        entry.ClassName = className;
        entry.DataContent = input.GetString("dataContent");
        return ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Store(context, entry)));
    }

    /// <summary>
    /// baseEntry.addContent: any missing entry is ENTRY_ID_NOT_FOUND (no type check), only NO_CONTENT
    /// entries take content, and the work goes to the entry type's own service.
    /// </summary>
    public static ValueTask<object?> AddContent(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"));
        if (entry.Status != EntryStatus.NoContent)
        {
            throw new ApiException("ENTRY_ALREADY_WITH_CONTENT");
        }

        var resource = context.Object("resource")!;
        switch (entry.Type)
        {
            case EntryType.MediaClip or EntryType.Document or EntryType.Automatic:
                context.Runtime.Lifecycle.Attacher.Attach(entry, EntryAccess.Resolve(context, entry, resource));
                break;
            case EntryType.Data:
                DataService.SetContent(context, entry, resource);
                break;
            default:
                throw new ApiException("ENTRY_TYPE_NOT_SUPPORTED", entry.Type);
        }

        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }

    /// <summary>baseEntry.get: any type; recycled entries are returned, deleted ones are not found.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Require(context, context.String("entryId"))));

    /// <summary>baseEntry.getByIds: the entries found among a comma-separated list, in the order asked.</summary>
    public static ValueTask<object?> GetByIds(ActionContext context)
    {
        var ids = (context.String("entryIds") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var entries = ids.Distinct().Select(context.FindEntry).OfType<EntryRecord>().Select(e => EntryMapper.ToWire(context, e)).ToList();
        return ValueTask.FromResult<object?>(entries);
    }

    /// <summary>baseEntry.list: every type, each object typed by its class.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryListing.List(context, context.Object("filter"), context.Object("pager"), "KalturaBaseEntryListResponse", null));

    /// <summary>baseEntry.listByReferenceId: every status but deleted, without recycled and system entries.</summary>
    public static ValueTask<object?> ListByReferenceId(ActionContext context)
    {
        var referenceId = context.RequiredString("refId");
        var filter = new WireObject("KalturaBaseEntryFilter")
        {
            ["referenceIdEqual"] = referenceId,
            ["statusNotIn"] = "3",
            ["displayInSearchNotIn"] = "-2,-1",
        };
        return ValueTask.FromResult<object?>(EntryListing.List(context, filter, context.Object("pager"), "KalturaBaseEntryListResponse", null));
    }

    /// <summary>baseEntry.delete (owner only for user sessions): status DELETED, answers null.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        EntryAccess.Delete(context, EntryAccess.Require(context, context.String("entryId")));
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>baseEntry.export: the simulator has no remote storage profiles.</summary>
    public static ValueTask<object?> Export(ActionContext context)
    {
        EntryAccess.Require(context, context.String("entryId"));
        throw new ApiException("STORAGE_PROFILE_ID_NOT_FOUND", context.Long("storageProfileId"));
    }
}
