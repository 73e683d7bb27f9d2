using System.Text;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>The <c>data</c> service (reference §5.7): data entries are READY at once and hold text content.</summary>
internal static class DataService
{
    /// <summary>
    /// Registers the actions; addContent, update and delete carry <c>@validateUser entry entryId edit</c>.
    /// QUIRK (not reproduced): the PHP read spells update's annotation without its <c>@</c>; it is
    /// checked here like every other entry update.
    /// </summary>
    public static void Map(ActionRegistry registry)
    {
        var edit = ValidateUserRule.Entry();
        registry
            .Add("data", "add", Add)
            .AddSelfLocking("data", "addContent", EntryAccess.WithPrefetch(AddContent), edit)
            .Add("data", "get", Get)
            .Add("data", "update", Update, edit)
            .Add("data", "delete", Delete, edit)
            .Add("data", "list", List)
            .AddSelfLocking("data", "serve", ServeAsync);
    }

    /// <summary>data.add: type DATA, status READY immediately.</summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var input = context.Object("dataEntry")!;
        var entry = EntryFactory.Create(context, input, EntryType.Data, EntryStatus.Ready);
        entry.DataContent = input.GetString("dataContent");
        return ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Store(context, entry)));
    }

    /// <summary>data.addContent: no NO_CONTENT check; the file (text or XML only) becomes dataContent.</summary>
    public static ValueTask<object?> AddContent(ActionContext context)
    {
        var entry = EntryAccess.RequireOfType(context, context.String("entryId"), EntryType.Data);
        SetContent(context, entry, context.Object("resource")!);
        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }

    /// <summary>
    /// Sets a data entry's content from a local-file resource. Only <c>text/*</c> and
    /// <c>application/xml</c> files are accepted (FILE_TYPE_NOT_SUPPORTED otherwise); a token that is not
    /// FULL_UPLOAD has no file, which fails the same way; the token is then CLOSED.
    /// </summary>
    public static void SetContent(ActionContext context, EntryRecord entry, WireObject resource)
    {
        if (!resource.Is(context.Schema, "KalturaUploadedFileTokenResource"))
        {
            throw new ApiException("RESOURCE_TYPE_NOT_SUPPORTED", resource.ClassName);
        }

        if (ResourceResolver.Resolve(context, resource) is not ReadyFile file)
        {
            throw new ApiException("FILE_TYPE_NOT_SUPPORTED", "");
        }

        var mime = MimeTypes.Sniff(file.Path, file.FileName);
        if (!mime.StartsWith("text/", StringComparison.Ordinal) && mime != "application/xml")
        {
            throw new ApiException("FILE_TYPE_NOT_SUPPORTED", mime);
        }

        var (path, extension, _) = ContentStore.Take(context.Runtime, file);
        entry.ContentPath = path;
        entry.ContentExt = extension;
        entry.DataContent = File.ReadAllText(path, Encoding.UTF8);
        if (entry.Status == EntryStatus.NoContent)
        {
            entry.Status = EntryStatus.Ready;
        }

        entry.Version++;
        entry.UpdatedAt = context.Now;
    }

    /// <summary>data.get: data entries only.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult(EntryAccess.Result(context, EntryAccess.Require(context, context.String("entryId"), EntryType.Data)));

    /// <summary>data.update (its object parameter is named documentEntry on the wire).</summary>
    public static ValueTask<object?> Update(ActionContext context)
    {
        var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Data);
        var input = context.Object("documentEntry")!;
        EntryUpdater.Apply(context, entry, input);
        if (input.HasValue("dataContent"))
        {
            entry.DataContent = input.GetString("dataContent");
            entry.ContentPath = null;
        }

        return ValueTask.FromResult(EntryAccess.Result(context, entry));
    }

    /// <summary>data.delete: data entries only; answers null.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        EntryAccess.Delete(context, EntryAccess.Require(context, context.String("entryId"), EntryType.Data));
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>data.list: forces typeEqual=6.</summary>
    public static ValueTask<object?> List(ActionContext context) =>
        ValueTask.FromResult<object?>(EntryListing.List(context, EntryListing.ForceType(context.Object("filter"), "KalturaDataEntryFilter", EntryType.Data), context.Object("pager"),
            "KalturaDataListResponse", null));

    /// <summary>
    /// data.serve (<c>DataService::serveAction</c>): the uploaded file's exact bytes, or dataContent as text, as a
    /// download named after the entry.
    /// </summary>
    public static async ValueTask<object?> ServeAsync(ActionContext context)
    {
        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            var entry = EntryAccess.Require(context, context.String("entryId"), EntryType.Data);
            if (entry.ContentPath is { } path && File.Exists(path))
            {
                return new FileResult(path, MimeTypes.FromExtension(entry.ContentExt), entry.Name);
            }

            var text = context.Runtime.Storage.NewContentPath("txt");
            await File.WriteAllTextAsync(text, entry.DataContent ?? "", new UTF8Encoding(false), context.CancellationToken);
            return new FileResult(text, "text/plain", entry.Name);
        }
        finally
        {
            context.State.Gate.Release();
        }
    }
}
