using System.Text.Json;
using KalturaGen.Client.Json;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// media.get and media.list as the generator wrote them before Refit (<c>MediaService</c> of commit 9fe97c4): the
/// parameters written into a <see cref="LegacyRequest{TResult}"/>, the result read from the parsed document's element
/// by the generated models' token reader.
/// </summary>
public sealed class LegacyMediaService(LegacyConnection connection)
{
    /// <summary>media.get.</summary>
    public Task<MediaEntry> GetAsync(string entryId, int version = -1, CancellationToken cancellationToken = default)
        => connection.SendAsync(CreateGetRequest(entryId, version), cancellationToken);

    /// <summary>media.list.</summary>
    public Task<MediaListResponse> ListAsync(MediaEntryFilter? filter = null, FilterPager? pager = null, CancellationToken cancellationToken = default)
        => connection.SendAsync(CreateListRequest(filter, pager), cancellationToken);

    private static LegacyRequest<MediaEntry> CreateGetRequest(string entryId, int version)
    {
        var request = new LegacyRequest<MediaEntry>("media", "get", static element => KalturaJsonReader.ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<MediaEntry>(ref reader, KalturaObjectFactory.Create, KalturaObjectFactory.HasSubclasses(typeof(MediaEntry)))) ?? throw KalturaJsonReader.MissingResult(element));
        if (entryId is not null)
        {
            request.WriteParam("entryId").WriteStringValue(entryId);
        }

        request.WriteParam("version").WriteNumberValue(version);
        return request;
    }

    private static LegacyRequest<MediaListResponse> CreateListRequest(MediaEntryFilter? filter, FilterPager? pager)
    {
        var request = new LegacyRequest<MediaListResponse>("media", "list", static element => KalturaJsonReader.ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<MediaListResponse>(ref reader, KalturaObjectFactory.Create, KalturaObjectFactory.HasSubclasses(typeof(MediaListResponse)))) ?? throw KalturaJsonReader.MissingResult(element));
        if (filter is not null)
        {
            filter.WriteTo(request.WriteParam("filter"), KalturaJsonWriteMode.Request);
        }

        if (pager is not null)
        {
            pager.WriteTo(request.WriteParam("pager"), KalturaJsonWriteMode.Request);
        }

        return request;
    }
}
