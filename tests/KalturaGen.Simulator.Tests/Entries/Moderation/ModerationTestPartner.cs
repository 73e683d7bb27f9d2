using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Entries.Moderation;

/// <summary>A simulator whose partner 100 moderates content, and the moderation calls the tests repeat.</summary>
internal static class ModerationTestPartner
{
    /// <summary>Starts a simulator whose default partner has <c>ModerateContent</c>.</summary>
    public static Task<SimulatorApi> StartAsync()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.ModerateContent = true;
        return SimulatorApi.StartAsync(new SimulatorOptions { Partners = [partner] });
    }

    /// <summary>The entry's moderationStatus via baseEntry.get.</summary>
    public static async Task<int> ModerationStatusAsync(this SimulatorApi api, string entryId) =>
        (await api.CallAsync("baseEntry", "get", ("entryId", entryId))).GetProperty("moderationStatus").GetInt32();

    /// <summary>baseEntry.flag (or media.flag) of the entry with the admin KS or the given one.</summary>
    public static Task<JsonElement> FlagAsync(this SimulatorApi api, string entryId, string? ks = null, string service = "baseEntry", string comments = "offensive") =>
        api.CallAsync(service, "flag", ("ks", ks ?? api.Ks), ("moderationFlag:flaggedEntryId", entryId), ("moderationFlag:flagType", "2"), ("moderationFlag:comments", comments));

    /// <summary>The ids of the entries media.list returns with its default filter.</summary>
    public static async Task<List<string>> ListedAsync(this SimulatorApi api, params (string Key, string Value)[] filter) =>
        (await api.CallAsync("media", "list", filter)).GetProperty("objects").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
}
