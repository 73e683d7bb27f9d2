using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// Serves the download URLs that getUrl hands out
/// (<c>/p/{partnerId}/sp/{partnerId}00/serveFlavor/entryId/{entryId}/flavorId/{assetId}/name/a.{ext}</c>
/// for flavors, <c>/api_v3/…/attachment_attachmentAsset/action/serve</c>-like paths for attachments):
/// the exact stored bytes of the asset. A <c>fileName/{name}</c> pair in the URL makes it a download, as
/// <c>serveFlavorAction</c> does: <c>Content-Disposition: attachment; filename="{name}"</c>,
/// <c>Content-Type: application/force-download</c> and <c>Content-Description: File Transfer</c>.
/// </summary>
internal static class ContentDownloads
{
    /// <summary>The route template of asset downloads.</summary>
    public const string Route = "/p/{partnerId:int}/sp/{spId}/{kind}/entryId/{entryId}/{assetKind}/{assetId}/{**rest}";

    /// <summary>The route of an entry's download URL (its original content).</summary>
    public const string EntryDownloadRoute = "/p/{partnerId:int}/sp/{spId}/playManifest/entryId/{entryId}/format/download/{**rest}";

    /// <summary>Maps the download routes.</summary>
    public static void MapContentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(EntryDownloadRoute, static async (HttpContext http, int partnerId, string entryId) =>
        {
            var runtime = http.RequestServices.GetRequiredService<SimulatorRuntime>();
            string? path = null;
            string? extension = null;
            await runtime.State.Gate.WaitAsync(http.RequestAborted);
            try
            {
                runtime.Lifecycle.Settle();
                if (runtime.State.Entries.GetValueOrDefault(entryId) is { } entry && entry.PartnerId == partnerId && entry.Status != EntryStatus.Deleted)
                {
                    var original = runtime.State.Assets.Values.FirstOrDefault(a => a.EntryId == entryId && a.IsOriginal && a.Status == FlavorStatus.Ready);
                    (path, extension) = original is not null ? (original.ContentPath, original.FileExt) : (entry.ContentPath, entry.ContentExt);
                }
            }
            finally
            {
                runtime.State.Gate.Release();
            }

            await SendFileAsync(http, path, extension);
        });
        app.MapGet(Route, static async (HttpContext http, int partnerId, string assetId, string? rest) =>
        {
            var runtime = http.RequestServices.GetRequiredService<SimulatorRuntime>();
            string? path;
            string? extension;
            await runtime.State.Gate.WaitAsync(http.RequestAborted);
            try
            {
                runtime.Lifecycle.Settle();
                var asset = runtime.State.Assets.GetValueOrDefault(assetId);
                path = asset is { PartnerId: var p, ContentPath: { } stored } && p == partnerId && asset.Status != FlavorStatus.Deleted ? stored : null;
                extension = asset?.FileExt;
            }
            finally
            {
                runtime.State.Gate.Release();
            }

            await SendFileAsync(http, path, extension, DownloadName(rest));
        });
    }

    // serveFlavorAction reads fileName among the URL's key/value pairs.
    private static string? DownloadName(string? rest)
    {
        var parts = (rest ?? "").Split('/');
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            if (parts[i] == "fileName" && parts[i + 1].Length > 0)
            {
                return Uri.UnescapeDataString(parts[i + 1]);
            }
        }

        return null;
    }

    private static async Task SendFileAsync(HttpContext http, string? path, string? extension, string? downloadName = null)
    {
        if (path is null || !File.Exists(path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = MimeTypes.FromExtension(extension);
        if (downloadName is not null)
        {
            http.Response.Headers.ContentDisposition = HeaderValues.AttachmentDisposition(downloadName);
            http.Response.ContentType = "application/force-download";
            http.Response.Headers["Content-Description"] = "File Transfer";
        }

        HeaderValues.MarkStoredContent(http.Response);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 0, FileOptions.Asynchronous);
        http.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(http.Response.Body, 128 * 1024, http.RequestAborted);
    }

    /// <summary>The download URL of an asset, on the base URL the client used.</summary>
    public static string UrlFor(string baseUrl, AssetRecord asset)
    {
        var kind = asset.ClassName == AssetClasses.Attachment ? "serveAttachment" : "serveFlavor";
        var assetKind = asset.ClassName == AssetClasses.Attachment ? "attachmentId" : "flavorId";
        var extension = string.IsNullOrEmpty(asset.FileExt) ? "" : "." + asset.FileExt;
        return $"{baseUrl}/p/{asset.PartnerId}/sp/{asset.PartnerId}00/{kind}/entryId/{asset.EntryId}/{assetKind}/{asset.Id}/name/a{extension}";
    }
}
