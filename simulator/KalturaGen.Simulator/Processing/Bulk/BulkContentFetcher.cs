using KalturaGen.Simulator.Dispatch;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// Downloads the URLs of a bulk file's contents and thumbnails when the job is added (outside the state gate, as
/// every URL fetch is), and keeps the bytes in storage until the job processes its items.
/// </summary>
internal static class BulkContentFetcher
{
    /// <summary>Fetches every URL the items name.</summary>
    public static async Task FetchAsync(ActionContext context, IReadOnlyList<BulkItem> items)
    {
        foreach (var content in items.SelectMany(i => i.Contents.Concat(i.Thumbnails)).Where(c => c.Url is not null))
        {
            if (await UrlFetcher.FetchAsync(context, content.Url!) is not { } fetched)
            {
                continue;
            }

            // The call's temporary files go when it ends; the job needs them later.
            var kept = context.Runtime.Storage.NewContentPath();
            File.Move(fetched.Path, kept);
            content.Fetched = fetched with { Path = kept };
        }
    }
}
