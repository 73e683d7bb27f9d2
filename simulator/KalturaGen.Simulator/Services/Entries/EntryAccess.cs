using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>Entry look-ups and the gate/prefetch wrapper the content actions share.</summary>
internal static class EntryAccess
{
    /// <summary>The entry, or ENTRY_ID_NOT_FOUND; with a type, entries of another type are not found either.</summary>
    public static EntryRecord Require(ActionContext context, string? entryId, int? type = null)
    {
        var entry = context.FindEntry(entryId);
        if (entry is null || (type is { } required && entry.Type != required))
        {
            throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);
        }

        return entry;
    }

    /// <summary>The entry, or ENTRY_ID_NOT_FOUND when missing and INVALID_ENTRY_TYPE when of another type.</summary>
    public static EntryRecord RequireOfType(ActionContext context, string? entryId, int type)
    {
        var entry = context.FindEntry(entryId) ?? throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);
        if (entry.Type != type)
        {
            throw new ApiException("INVALID_ENTRY_TYPE", entryId, entry.Type, type);
        }

        return entry;
    }

    /// <summary>
    /// Wraps a content action: URL resources are downloaded first (outside the state gate, so a slow or
    /// self-referencing URL blocks nobody), then the action runs inside the gate.
    /// </summary>
    public static ActionHandler WithPrefetch(ActionHandler inner) => async context =>
    {
        await ResourceResolver.PrefetchAsync(context);
        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            context.Runtime.Lifecycle.Settle();
            return await inner(context);
        }
        finally
        {
            context.State.Gate.Release();
        }
    };

    /// <summary>Stores a new entry.</summary>
    public static EntryRecord Store(ActionContext context, EntryRecord entry) => EntryFactory.Store(context, entry);

    /// <summary>The wire object of an entry, typed by its class.</summary>
    public static object? Result(ActionContext context, EntryRecord entry) => EntryMapper.ToWire(context, entry);

    /// <summary>Soft-deletes an entry (status DELETED, moderation DELETED).</summary>
    public static void Delete(ActionContext context, EntryRecord entry)
    {
        entry.Status = EntryStatus.Deleted;
        entry.ModerationStatus = State.Moderation.Deleted;
        entry.TransitionDueAt = null;
        entry.UpdatedAt = context.Now;
    }

    /// <summary>Resolves a resource; an unsupported resource class also sends the entry to ERROR_IMPORTING.</summary>
    public static ContentSource Resolve(ActionContext context, EntryRecord entry, Wire.WireObject resource)
    {
        try
        {
            return ResourceResolver.Resolve(context, resource);
        }
        catch (ApiException ex) when (ex.Code == "RESOURCE_TYPE_NOT_SUPPORTED")
        {
            entry.Status = EntryStatus.ErrorImporting;
            throw;
        }
    }

    /// <summary>
    /// addContent of the typed services (media, documents): the entry must be of the type and in
    /// NO_CONTENT; a null resource returns the entry unchanged.
    /// </summary>
    public static ValueTask<object?> AddContent(ActionContext context, int type)
    {
        var entry = Require(context, context.String("entryId"), type);
        if (entry.Status != EntryStatus.NoContent)
        {
            throw new ApiException("ENTRY_ALREADY_WITH_CONTENT");
        }

        if (context.Object("resource") is { } resource)
        {
            context.Runtime.Lifecycle.Attacher.Attach(entry, Resolve(context, entry, resource));
        }

        return ValueTask.FromResult(Result(context, entry));
    }

    /// <summary>Starts the conversion of an entry's existing original again (media.convert, documents.convert).</summary>
    public static long Reconvert(ActionContext context, EntryRecord entry)
    {
        var profile = context.Long("conversionProfileId");
        if (profile is { } id && id != -1 && id != context.Partner.DefaultConversionProfileId)
        {
            throw new ApiException("CONVERSION_PROFILE_ID_NOT_FOUND", id);
        }

        var original = context.FlavorsOf(entry.Id).FirstOrDefault(f => f.IsOriginal && f.ContentPath is not null)
            ?? throw new ApiException("ORIGINAL_FLAVOR_ASSET_IS_MISSING");
        var due = context.Now + (long)context.Runtime.Options.ConversionTime.TotalSeconds;
        foreach (var rendition in FlavorCatalog.RenditionsFor(entry.MediaType))
        {
            foreach (var old in context.FlavorsOf(entry.Id).Where(f => f.FlavorParamsId == rendition.Id).ToList())
            {
                old.Status = FlavorStatus.Deleted;
                old.DeletedAt = context.Now;
            }

            var flavor = ContentStore.NewFlavor(context.Runtime, entry, rendition.Id, isOriginal: false, FlavorStatus.Converting);
            ContentAttacher.SetContent(flavor, original.ContentPath!, original.FileExt ?? "", original.SizeBytes);
            flavor.ReadyDueAt = due;
        }

        return context.State.NextSequence();
    }
}
