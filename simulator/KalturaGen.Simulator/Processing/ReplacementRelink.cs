using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// How a finished replacement moves the temporary entry's flavors onto the original entry
/// (<c>kReplacementHelper::relinkReplacingEntryAssetsToReplacedEntryAssets</c> and
/// <c>copyReplacingAssetsToReplacedEntry</c>): an original flavor whose flavor params the temporary entry has a
/// READY flavor of keeps its id and takes the new file, size, dimensions and tags with a new version
/// (<c>relinkAsset</c> / <c>asset::linkFromAsset</c>); one whose params are still converting on the temporary
/// entry takes that flavor's fields and status (<c>syncReplacedAssetFields</c>); any other original flavor is
/// deleted. Temporary flavors of params the original never had move over as new flavors of the original.
/// Attachments are not flavors and stay as they are.
/// </summary>
internal static class ReplacementRelink
{
    /// <summary>Relinks the flavors of <paramref name="temp"/> to <paramref name="original"/>.</summary>
    public static void Relink(SimulatorState state, EntryRecord original, EntryRecord temp, long now)
    {
        var replacing = FlavorsOf(state, temp.Id).ToList();
        var ready = new Dictionary<int, AssetRecord>();
        foreach (var flavor in replacing.Where(f => f.Status == FlavorStatus.Ready))
        {
            ready[flavor.FlavorParamsId ?? 0] = flavor;
        }

        foreach (var old in FlavorsOf(state, original.Id).ToList())
        {
            var paramsId = old.FlavorParamsId ?? 0;
            if (ready.Remove(paramsId, out var fresh))
            {
                LinkFromAsset(old, fresh, now);
                fresh.Status = FlavorStatus.Deleted;
                fresh.DeletedAt = now;
            }
            else if (replacing.FirstOrDefault(f => (f.FlavorParamsId ?? 0) == paramsId && f.Status != FlavorStatus.Ready) is { } pending)
            {
                SyncFields(old, pending, now);
            }
            else
            {
                old.Status = FlavorStatus.Deleted;
                old.DeletedAt = now;
            }
        }

        foreach (var remaining in ready.Values)
        {
            remaining.EntryId = original.Id;
            remaining.UpdatedAt = now;
        }
    }

    private static IEnumerable<AssetRecord> FlavorsOf(SimulatorState state, string entryId) =>
        state.Assets.Values.Where(a => a.EntryId == entryId && a.ClassName == AssetClasses.Flavor && a.Status != FlavorStatus.Deleted);

    // asset::linkFromAsset: dimensions, size, extension, tags and description of the new asset, a new version, READY.
    private static void LinkFromAsset(AssetRecord old, AssetRecord fresh, long now)
    {
        CopyFields(old, fresh);
        old.ContentPath = fresh.ContentPath;
        old.Props.Remove("tags");
        if (fresh.Props.GetValueOrDefault("tags") is { } tags)
        {
            old.Props["tags"] = tags;
        }

        old.Version++;
        old.Status = FlavorStatus.Ready;
        old.ReadyDueAt = null;
        old.UpdatedAt = now;
    }

    // kReplacementHelper::syncReplacedAssetFields: the fields and the status of the flavor still being made.
    private static void SyncFields(AssetRecord old, AssetRecord pending, long now)
    {
        CopyFields(old, pending);
        old.Status = pending.Status;
        old.UpdatedAt = now;
    }

    private static void CopyFields(AssetRecord target, AssetRecord source)
    {
        target.Width = source.Width;
        target.Height = source.Height;
        target.Bitrate = source.Bitrate;
        target.SizeBytes = source.SizeBytes;
        target.FileExt = source.FileExt;
    }
}
