using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>Moves resolved content into the simulator's content store and closes consumed tokens.</summary>
internal static class ContentStore
{
    /// <summary>
    /// Stores the file: a token's file and fetched files are moved, other sources copied. A token whose
    /// file was consumed is CLOSED (<c>entryHandled</c>). Returns the stored path and its extension.
    /// </summary>
    public static (string Path, string Extension, long Size) Take(SimulatorRuntime runtime, ReadyFile file)
    {
        var extension = MimeTypes.ExtensionOf(file.FileName);
        var destination = runtime.Storage.NewContentPath(extension);
        if (file.Token is { File: { } tokenFile } token)
        {
            tokenFile.MoveTo(destination);
            token.Status = UploadTokenStatus.Closed;
            token.UpdatedAt = runtime.NowSeconds;
        }
        else if (file.Move)
        {
            File.Move(file.Path, destination);
        }
        else
        {
            File.Copy(file.Path, destination);
        }

        return (destination, extension, new FileInfo(destination).Length);
    }

    /// <summary>A new asset record for stored content.</summary>
    public static AssetRecord NewFlavor(SimulatorRuntime runtime, EntryRecord entry, int flavorParamsId, bool isOriginal, int status)
    {
        var now = runtime.NowSeconds;
        var asset = new AssetRecord
        {
            Id = NewAssetId(runtime),
            Sequence = runtime.State.NextSequence(),
            EntryId = entry.Id,
            PartnerId = entry.PartnerId,
            ClassName = AssetClasses.Flavor,
            FlavorParamsId = flavorParamsId,
            IsOriginal = isOriginal,
            Status = status,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        runtime.State.Assets[asset.Id] = asset;
        return asset;
    }

    /// <summary>A fresh asset id.</summary>
    public static string NewAssetId(SimulatorRuntime runtime)
    {
        string id;
        do
        {
            id = runtime.State.Ids.ShortId();
        }
        while (runtime.State.Assets.ContainsKey(id) || runtime.State.Entries.ContainsKey(id));

        return id;
    }
}
