using System.Security.Cryptography;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Upload;
using KalturaGen.Cli.Connection;

namespace KalturaGen.Cli.Verification;

/// <summary>
/// The SHA-256 of the bytes the server holds for an entry, downloaded through the API: a media entry's original
/// flavor (flavorAsset.list, then flavorAsset.getUrl), or for an image, which has no flavors, the entry's downloadUrl;
/// a data entry's content (data.serve), a document (documents.serve).
/// </summary>
internal static class ServerContentHasher
{
    public static async Task<string> HashAsync(CliConnection connection, BaseEntry entry, CancellationToken cancellationToken)
    {
        await using var content = await OpenAsync(connection, entry, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Stream> OpenAsync(CliConnection connection, BaseEntry entry, CancellationToken cancellationToken)
    {
        var client = connection.Client;
        var id = entry.Id!;
        switch (entry)
        {
            case DataEntry:
                return await client.Data.ServeAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
            case DocumentEntry:
                return await client.Documents.ServeAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
            default:
                var flavors = await client.FlavorAsset.ListAsync(new AssetFilter { EntryIdEqual = id }, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (flavors.Objects?.FirstOrDefault(f => f.IsOriginal == true) is { } original)
                {
                    var url = await client.FlavorAsset.GetUrlAsync(original.Id!, cancellationToken: cancellationToken).ConfigureAwait(false);
                    return await DownloadAsync(connection, url, $"flavor {original.Id}", cancellationToken).ConfigureAwait(false);
                }

                // An image entry holds its file itself (kFlowHelper makes the entry the attached object).
                if (await client.Media.GetAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false) is { MediaType: MediaType.IMAGE, DownloadUrl: { } download })
                {
                    return await DownloadAsync(connection, download, $"image entry {entry.Id}", cancellationToken).ConfigureAwait(false);
                }

                throw new ContentNotOfferedException($"entry {entry.Id} has no original flavor yet");
        }
    }

    private static async Task<Stream> DownloadAsync(CliConnection connection, string url, string what, CancellationToken cancellationToken)
    {
        var response = await connection.Http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            response.Dispose();
            throw new ContentNotOfferedException($"the download URL of {what} answers 404 Not Found");
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The server holds the entry's content but does not offer it for download yet.</summary>
internal sealed class ContentNotOfferedException(string message) : Exception(message);
