using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>
/// Real objects in a simulator for actions to work on, each created on first use (through the friendly client) and
/// then reused: entries in each state, flavors, attachments, upload tokens.
/// </summary>
internal sealed class SimulatorObjects(KalturaSimulator simulator)
{
    /// <summary>A flavor params id the simulator's catalog knows.</summary>
    public const int KnownFlavorParamsId = 487041;

    /// <summary>A reference id that <see cref="ReferencedEntryAsync"/> gives an entry.</summary>
    public const string ReferenceId = "refit-reference";

    private readonly KalturaClient _client = simulator.CreateClient();
    private readonly Dictionary<string, Task<string>> _created = [];

    public Task<string> NewMediaAsync() => Once(nameof(NewMediaAsync), async () => (await _client.Media.AddAsync(Video("new"))).Id!);

    public Task<string> ReadyVideoAsync() => Once(nameof(ReadyVideoAsync), async () =>
    {
        var id = (await _client.Media.AddAsync(Video("ready"))).Id!;
        await _client.Media.AddContentAsync(id, await TokenResourceAsync("clip.mp4"));
        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return id;
    });

    public Task<string> ReplacingVideoAsync() => Once(nameof(ReplacingVideoAsync), async () =>
    {
        var id = (await _client.Media.AddAsync(Video("replacing"))).Id!;
        await _client.Media.AddContentAsync(id, await TokenResourceAsync("clip.mp4"));
        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        await _client.Media.UpdateContentAsync(id, await TokenResourceAsync("replacement.mp4"));
        return id;
    });

    public Task<string> RecycledEntryAsync() => Once(nameof(RecycledEntryAsync), async () =>
    {
        var id = (await _client.Media.AddAsync(Video("recycled"))).Id!;
        await _client.BaseEntry.RecycleAsync(id);
        return id;
    });

    public Task<string> ReferencedEntryAsync() => Once(nameof(ReferencedEntryAsync), async () =>
        (await _client.Media.AddAsync(new MediaEntry { Name = "referenced", MediaType = MediaType.VIDEO, ReferenceId = ReferenceId })).Id!);

    public Task<string> DataEntryAsync() => Once(nameof(DataEntryAsync), async () =>
        (await _client.Data.AddAsync(new DataEntry { Name = "data", DataContent = "refit data content" })).Id!);

    public Task<string> NewDocumentAsync() => Once(nameof(NewDocumentAsync), async () =>
        (await _client.BaseEntry.AddAsync(new DocumentEntry { Name = "new document" })).Id!);

    public Task<string> ReadyDocumentAsync() => Once(nameof(ReadyDocumentAsync), async () =>
    {
        var id = (await _client.BaseEntry.AddAsync(new DocumentEntry { Name = "ready document" })).Id!;
        await _client.Documents.AddContentAsync(id, await TokenResourceAsync("slides.pdf"));
        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return id;
    });

    public Task<string> OriginalFlavorAsync() => Once(nameof(OriginalFlavorAsync), async () => (await FlavorAsync(original: true)).Id!);

    public Task<string> RenditionFlavorAsync() => Once(nameof(RenditionFlavorAsync), async () => (await FlavorAsync(original: false)).Id!);

    public Task<string> OriginalFlavorUrlAsync() => Once(nameof(OriginalFlavorUrlAsync), async () =>
        await _client.FlavorAsset.GetUrlAsync(await OriginalFlavorAsync()));

    public Task<string> EmptyFlavorAsync() => Once(nameof(EmptyFlavorAsync), async () =>
        (await _client.FlavorAsset.AddAsync(await NewMediaAsync(), new FlavorAsset { FlavorParamsId = KnownFlavorParamsId })).Id!);

    public Task<string> EmptyAttachmentAsync() => Once(nameof(EmptyAttachmentAsync), async () =>
        (await _client.AttachmentAsset.AddAsync(await NewMediaAsync(), new AttachmentAsset { Title = "empty", Format = AttachmentType.TEXT })).Id!);

    public Task<string> ReadyAttachmentAsync() => Once(nameof(ReadyAttachmentAsync), async () =>
    {
        var id = (await _client.AttachmentAsset.AddAsync(await NewMediaAsync(), new AttachmentAsset { Title = "ready", Format = AttachmentType.TEXT })).Id!;
        await _client.AttachmentAsset.SetContentAsync(id, await TokenResourceAsync("notes.txt"));
        return id;
    });

    /// <summary>A bulk upload job (media.bulkUploadAdd of a one-item XML), by id.</summary>
    public Task<string> BulkJobAsync() => Once(nameof(BulkJobAsync), async () =>
    {
        var xml = "<mrss><channel><item><action>add</action><name>bulk</name><media><mediaType>1</mediaType></media></item></channel></mrss>"u8.ToArray();
        var job = await _client.Media.BulkUploadAddAsync(KalturaFile.FromBytes(xml, "bulk.xml", "text/xml"));
        return job.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>A token with nothing uploaded yet (PENDING).</summary>
    public Task<string> PendingTokenAsync() => Once(nameof(PendingTokenAsync), async () =>
        (await _client.UploadToken.AddAsync(new UploadToken { FileName = "pending.mp4" })).Id!);

    /// <summary>A new token holding a whole file named <paramref name="fileName"/>, as a resource (each resource uses one up).</summary>
    public async Task<UploadedFileTokenResource> TokenResourceAsync(string fileName)
    {
        var content = Content(fileName);
        var token = await _client.UploadToken.AddAsync(new UploadToken { FileName = fileName, FileSize = content.Length });
        await _client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(content, fileName));
        return new UploadedFileTokenResource { Token = token.Id };
    }

    /// <summary>Bytes of the kind a file of this name holds (data and attachment entries take text only).</summary>
    public static byte[] Content(string fileName) =>
        System.Text.Encoding.UTF8.GetBytes($"refit test content of {fileName}\n");

    private static MediaEntry Video(string name) => new() { Name = name, MediaType = MediaType.VIDEO };

    private async Task<FlavorAsset> FlavorAsync(bool original)
    {
        var flavors = await _client.FlavorAsset.ListAsync(new AssetFilter { EntryIdEqual = await ReadyVideoAsync() });
        return flavors.Objects!.First(f => f.IsOriginal == original);
    }

    private Task<string> Once(string name, Func<Task<string>> create)
    {
        if (!_created.TryGetValue(name, out var task))
        {
            task = create();
            _created[name] = task;
        }

        return task;
    }
}
