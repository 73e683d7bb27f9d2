using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>The <c>media</c> service (reference §5.2 – §5.5). Import-style adds live in <see cref="MediaImports"/>.</summary>
internal static class MediaService
{
    private static readonly int[] DefaultListTypes = [1, 7, 8];

    /// <summary>
    /// Registers the actions; the content, replacement, update and delete actions carry
    /// <c>@validateUser entry entryId edit</c>, convert (like the server's) checks no owner.
    /// </summary>
    public static void Map(ActionRegistry registry)
    {
        var edit = ValidateUserRule.Entry();
        registry
            .Add("media", "add", Add)
            .AddSelfLocking("media", "addContent", EntryAccess.WithPrefetch(AddContent), edit)
            .AddSelfLocking("media", "updateContent", EntryAccess.WithPrefetch(UpdateContent), edit)
            .Add("media", "approveReplace", ApproveReplace, edit)
            .Add("media", "cancelReplace", CancelReplace, edit)
            .Add("media", "get", Get)
            .Add("media", "list", List)
            .Add("media", "count", Count)
            .Add("media", "update", Update, edit)
            .Add("media", "delete", Delete, edit)
            .Add("media", "convert", Convert);
        MediaImports.Map(registry);
    }

    /// <summary>media.add: mediaType is mandatory; the entry starts in NO_CONTENT.</summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var input = context.Object("entry")!;
        RequiredPropertyRule.Check(input, "mediaType");
        var entry = EntryAccess.Store(context, EntryFactory.Create(context, input, EntryType.MediaClip, EntryStatus.NoContent));
        return Done(context, entry);
    }

    /// <summary>media.addContent: only NO_CONTENT media entries; a null resource returns the entry unchanged.</summary>
    public static ValueTask<object?> AddContent(ActionContext context) => EntryAccess.AddContent(context, EntryType.MediaClip);

    /// <summary>media.updateContent: direct for NO_CONTENT and images, otherwise a replacement.</summary>
    public static ValueTask<object?> UpdateContent(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.MediaClip);
        var resource = context.Object("resource")!;
        context.Runtime.Lifecycle.Replacement.UpdateContent(context, entry, () => EntryAccess.Resolve(context, entry, resource));
        return Done(context, entry);
    }

    /// <summary>media.approveReplace.</summary>
    public static ValueTask<object?> ApproveReplace(ActionContext context)
    {
        var entry = EntryAccess.RequireOfType(context, context.String("entryId"), EntryType.MediaClip);
        context.Runtime.Lifecycle.Replacement.Approve(entry);
        return Done(context, entry);
    }

    /// <summary>media.cancelReplace: never fails for lack of a replacement.</summary>
    public static ValueTask<object?> CancelReplace(ActionContext context)
    {
        var entry = EntryAccess.RequireOfType(context, context.String("entryId"), EntryType.MediaClip);
        context.Runtime.Lifecycle.Replacement.Cancel(entry);
        return Done(context, entry);
    }

    /// <summary>media.get: media entries only.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        Done(context, EntryAccess.Require(context, context.String("entryId"), EntryType.MediaClip));

    /// <summary>media.list: media clips and live entries unless the filter names types.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryListing.List(context, context.Object("filter"), context.Object("pager"), "KalturaMediaListResponse", TypeConstraint(context.Object("filter"))));

    /// <summary>media.count.</summary>
    public static ValueTask<object?> Count(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryListing.Count(context, context.Object("filter"), TypeConstraint(context.Object("filter"))));

    /// <summary>media.update: partial update of a media entry.</summary>
    public static ValueTask<object?> Update(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.MediaClip);
        EntryUpdater.Apply(context, entry, context.Object("mediaEntry")!);
        return Done(context, entry);
    }

    /// <summary>media.delete: media entries only; answers null.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        EntryAccess.Delete(context, EntryAccess.Require(context, context.String("entryId"), EntryType.MediaClip));
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>media.convert: converts the original again; answers a job id.</summary>
    public static ValueTask<object?> Convert(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryAccess.Reconvert(context, EntryAccess.Require(context, context.String("entryId"), EntryType.MediaClip)));

    private static Func<EntryRecord, bool>? TypeConstraint(WireObject? filter) =>
        filter is not null && (filter.HasValue("typeEqual") || filter.HasValue("typeIn")) ? null : e => DefaultListTypes.Contains(e.Type);

    private static ValueTask<object?> Done(ActionContext context, EntryRecord entry) =>
        ValueTask.FromResult(EntryAccess.Result(context, entry));
}
