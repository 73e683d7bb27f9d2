using System.Text.Json;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>Common entry set-ups for the state-machine tests.</summary>
public static class EntryFlows
{
    /// <summary>A new media entry (NO_CONTENT) of the given media type.</summary>
    public static async Task<string> NewMediaAsync(this SimulatorApi api, int mediaType = 1, string name = "clip")
    {
        var entry = await api.CallAsync("media", "add", ("entry:objectType", "KalturaMediaEntry"), ("entry:mediaType", mediaType.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("entry:name", name));
        return entry.GetProperty("id").GetString()!;
    }

    /// <summary>media.addContent with an upload token resource.</summary>
    public static Task<JsonElement> AddTokenContentAsync(this SimulatorApi api, string entryId, string tokenId, string service = "media") =>
        api.CallAsync(service, "addContent", ("entryId", entryId), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", tokenId));

    /// <summary>A READY video entry holding <paramref name="data"/>.</summary>
    public static async Task<string> ReadyVideoAsync(this SimulatorApi api, byte[] data, string name = "clip")
    {
        var entryId = await api.NewMediaAsync(1, name);
        var token = await api.UploadFileAsync(data, name + ".mp4");
        await api.AddTokenContentAsync(entryId, token);
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return entryId;
    }

    /// <summary>The entry's status via baseEntry.get.</summary>
    public static async Task<int> StatusAsync(this SimulatorApi api, string entryId) =>
        (await api.CallAsync("baseEntry", "get", ("entryId", entryId))).GetProperty("status").GetInt32();

    /// <summary>The entry's flavors (flavorAsset.list by entry).</summary>
    public static async Task<List<JsonElement>> FlavorsAsync(this SimulatorApi api, string entryId) =>
        (await api.CallAsync("flavorAsset", "list", ("filter:entryIdEqual", entryId))).GetProperty("objects").EnumerateArray().ToList();

    /// <summary>Downloads a URL the simulator handed out and hashes it.</summary>
    public static async Task<string> DownloadSha256Async(this SimulatorApi api, string url) =>
        TestData.Sha256(await api.Http.GetByteArrayAsync(url));

    /// <summary>The SHA-256 of the entry's original flavor, fetched through flavorAsset.getUrl.</summary>
    public static async Task<string> OriginalSha256Async(this SimulatorApi api, string entryId) =>
        await api.DownloadSha256Async(await api.OriginalUrlAsync(entryId));

    /// <summary>The URL of the entry's original flavor (flavorAsset.getUrl), for URL imports.</summary>
    public static async Task<string> OriginalUrlAsync(this SimulatorApi api, string entryId)
    {
        var original = (await api.FlavorsAsync(entryId)).Single(f => f.GetProperty("isOriginal").GetBoolean());
        return (await api.CallAsync("flavorAsset", "getUrl", ("id", original.GetProperty("id").GetString()!))).GetString()!;
    }
}
