using System.Text.Json;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>Someone calling about objects they do not own.</summary>
/// <param name="Name">For messages.</param>
/// <param name="Ks">The caller's KS.</param>
public sealed record Caller(string Name, string Ks);

/// <summary>
/// A simulator with partners 100 and 200, objects of partner 100 owned by the user alice (created
/// on demand), and two callers that do not own them: bob's USER KS of partner 100 and an ADMIN KS of
/// partner 200. Every object made for alice is remembered, so a list can be checked for leaks.
/// </summary>
public sealed class IsolationWorld(SimulatorApi api)
{
    /// <summary>The partner that owns the objects.</summary>
    public const int OwnerPartner = 100;

    /// <summary>Another partner, with the same features.</summary>
    public const int OtherPartner = 200;

    /// <summary>A flavor params id of the simulator's catalog that a fresh entry has no flavor of.</summary>
    public const string SpareFlavorParams = "487041";

    /// <summary>The simulator.</summary>
    public SimulatorApi Api { get; } = api;

    /// <summary>alice's USER KS.</summary>
    public string AliceKs { get; } = api.CreateKs(SessionKind.User, "alice", expirySeconds: 365 * 86400);

    /// <summary>Another user of the same partner.</summary>
    public Caller OtherUser { get; } = new("bob's USER KS", api.CreateKs(SessionKind.User, "bob", expirySeconds: 365 * 86400));

    /// <summary>The other partner's admin.</summary>
    public Caller OtherPartnerAdmin { get; } = new("partner 200's ADMIN KS", api.CreateKs(SessionKind.Admin, partnerId: OtherPartner, expirySeconds: 365 * 86400));

    /// <summary>Ids of everything made for the owner (entries, assets, tokens).</summary>
    public HashSet<string> ForeignIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Options with the two partners.</summary>
    public static SimulatorOptions Options() => new()
    {
        Partners =
        [
            PartnerOptions.CreateDefault(),
            new PartnerOptions { Id = OtherPartner, Features = [PartnerFeatures.EntryReplacement, PartnerFeatures.RecycleBin] },
        ],
    };

    /// <summary>Starts a simulator with the two partners.</summary>
    public static async Task<IsolationWorld> StartAsync() => new(await SimulatorApi.StartAsync(Options()));

    /// <summary>alice's media entry without content (reference id <c>alice-ref</c>).</summary>
    public async Task<string> MediaEntryAsync() =>
        Remember(await Api.CallAsync("media", "add", ("entry:mediaType", "1"), ("entry:userId", "alice"), ("entry:referenceId", "alice-ref")));

    /// <summary>alice's media entry with one pending moderation flag (baseEntry.flag by alice).</summary>
    public async Task<string> FlaggedEntryAsync()
    {
        var id = await MediaEntryAsync();
        await Api.CallAsAsync(AliceKs, "baseEntry", "flag", ("moderationFlag:flaggedEntryId", id), ("moderationFlag:comments", "alice's own flag"));
        return id;
    }

    /// <summary>alice's READY video entry.</summary>
    public async Task<string> ReadyVideoAsync()
    {
        var id = await MediaEntryAsync();
        await Api.AddTokenContentAsync(id, await AdminTokenAsync([1, 2, 3], "a.mp4"));
        Api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        foreach (var flavor in await Api.FlavorsAsync(id))
        {
            ForeignIds.Add(flavor.GetProperty("id").GetString()!);
        }

        return id;
    }

    /// <summary>alice's READY video with a replacement on the way.</summary>
    public async Task<string> ReplacingAsync()
    {
        var id = await ReadyVideoAsync();
        await Api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"),
            ("resource:token", await AdminTokenAsync([4], "b.mp4")));
        return id;
    }

    /// <summary>alice's entry in the recycle bin.</summary>
    public async Task<string> RecycledAsync()
    {
        var id = await MediaEntryAsync();
        await Api.CallAsync("baseEntry", "recycle", ("entryId", id));
        return id;
    }

    /// <summary>alice's data entry, with uploaded text content when asked.</summary>
    public async Task<string> DataEntryAsync(bool withFile = false)
    {
        var id = Remember(await Api.CallAsync("data", "add", ("dataEntry:name", "d"), ("dataEntry:userId", "alice"), ("dataEntry:dataContent", "x")));
        if (withFile)
        {
            await Api.AddTokenContentAsync(id, await AdminTokenAsync("text"u8.ToArray(), "a.txt"), "data");
        }

        return id;
    }

    /// <summary>alice's document entry, READY with a PDF when asked.</summary>
    public async Task<string> DocumentAsync(bool ready = false)
    {
        var id = Remember(await Api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"), ("entry:userId", "alice")));
        if (ready)
        {
            await Api.AddTokenContentAsync(id, await AdminTokenAsync([5], "a.pdf"), "document_documents");
            Api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        }

        return id;
    }

    /// <summary>A flavor of alice's READY video: the original or a rendition.</summary>
    public async Task<string> FlavorAsync(bool original)
    {
        var flavors = await Api.FlavorsAsync(await ReadyVideoAsync());
        return flavors.First(f => f.GetProperty("isOriginal").GetBoolean() == original).GetProperty("id").GetString()!;
    }

    /// <summary>A QUEUED flavor without content on alice's entry.</summary>
    public async Task<string> QueuedFlavorAsync() =>
        Remember(await Api.CallAsync("flavorAsset", "add", ("entryId", await MediaEntryAsync()), ("flavorAsset:flavorParamsId", SpareFlavorParams)));

    /// <summary>An attachment of alice's entry, with content when asked.</summary>
    public async Task<string> AttachmentAsync(bool ready)
    {
        var id = Remember(await Api.CallAsync("attachment_attachmentAsset", "add", ("entryId", await MediaEntryAsync()), ("attachmentAsset:title", "t")));
        if (ready)
        {
            await Api.CallAsync("attachment_attachmentAsset", "setContent", ("id", id), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
                ("contentResource:token", await AdminTokenAsync("note"u8.ToArray(), "a.txt")));
        }

        return id;
    }

    /// <summary>alice's upload token, still PENDING.</summary>
    public async Task<string> AliceTokenAsync() =>
        Remember(await Api.CallAsAsync(AliceKs, "uploadToken", "add", ("uploadToken:fileName", "alice.mp4")));

    /// <summary>A finished upload token of the caller (in the caller's own partner).</summary>
    public async Task<string> CallerTokenAsync(Caller caller, string fileName)
    {
        var token = await Api.CallAsAsync(caller.Ks, "uploadToken", "add", ("uploadToken:fileName", fileName));
        var id = token.GetProperty("id").GetString()!;
        Assert.Equal(2, (await Api.UploadAsync(id, "caller bytes"u8.ToArray(), fileName, ks: caller.Ks)).GetProperty("status").GetInt32());
        return id;
    }

    /// <summary>A bulk upload job alice queued (not processed yet: the clock does not move).</summary>
    public async Task<string> AliceBulkJobAsync()
    {
        var job = await Bulk.BulkFiles.PostAsync(Api, Bulk.BulkFiles.Mrss(Bulk.BulkFiles.AddItem("alice's")), ks: AliceKs);
        return job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> AdminTokenAsync(byte[] data, string fileName)
    {
        var id = await Api.UploadFileAsync(data, fileName);
        ForeignIds.Add(id);
        return id;
    }

    private string Remember(JsonElement created)
    {
        Assert.True(created.TryGetProperty("id", out var property), $"Setting up alice's object failed: {created}");
        var id = property.GetString()!;
        ForeignIds.Add(id);
        return id;
    }
}
