using System.Globalization;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>An entry as its API class (KalturaMediaEntry, KalturaDataEntry, KalturaDocumentEntry, KalturaBaseEntry).</summary>
internal static class EntryMapper
{
    /// <summary>The wire object: client-set properties, then the server's fields over them.</summary>
    public static WireObject ToWire(ActionContext context, EntryRecord entry)
    {
        var result = new WireObject(entry.ClassName);
        foreach (var (name, value) in entry.Props)
        {
            result[name] = value;
        }

        var partner = context.State.Partners.GetValueOrDefault(entry.PartnerId);
        var baseUrl = context.Origin.BaseUrl;
        var readyFlavors = context.FlavorsOf(entry.Id).Where(f => f.Status == FlavorStatus.Ready).ToList();
        var flavorParamsIds = string.Join(',', readyFlavors.Select(f => f.FlavorParamsId ?? 0).Distinct().Order());
        var sp = $"{baseUrl}/p/{entry.PartnerId}/sp/{entry.PartnerId}00";

        result["id"] = entry.Id;
        result["name"] = entry.Name ?? "";
        result["partnerId"] = (long)entry.PartnerId;
        result["userId"] = entry.UserId;
        result["creatorId"] = entry.CreatorId;
        result["status"] = Text(entry.Status);
        result["moderationStatus"] = (long)entry.ModerationStatus;
        result["moderationCount"] = (long)entry.ModerationCount;
        result["type"] = Text(entry.Type);
        result["createdAt"] = entry.CreatedAt;
        result["updatedAt"] = entry.UpdatedAt;
        result["rank"] = 0d;
        result["totalRank"] = 0L;
        result["votes"] = 0L;
        result["downloadUrl"] = $"{sp}/playManifest/entryId/{entry.Id}/format/download/protocol/http/flavorParamIds/0";
        result["searchText"] = $"_PAR_ONLY_ _{entry.PartnerId}_ _MEDIA_TYPE_|{entry.MediaType}|  {entry.Name} {entry.Props.GetValueOrDefault("tags")} {entry.Props.GetValueOrDefault("description")}".TrimEnd();
        result["licenseType"] = entry.Props.GetValueOrDefault("licenseType") ?? -1L;
        result["version"] = (long)entry.Version;
        result["thumbnailUrl"] = $"{sp}/thumbnail/entry_id/{entry.Id}/version/{entry.Version}";
        result["accessControlId"] = entry.Props.GetValueOrDefault("accessControlId") ?? (long)(partner?.DefaultAccessControlId ?? 1);
        result["replacingEntryId"] = entry.ReplacingEntryId;
        result["replacedEntryId"] = entry.ReplacedEntryId;
        result["replacementStatus"] = Text(entry.ReplacementStatus);
        result["partnerSortValue"] = entry.Props.GetValueOrDefault("partnerSortValue") ?? 0L;
        result["conversionProfileId"] = entry.Props.GetValueOrDefault("conversionProfileId") ?? (long)(partner?.DefaultConversionProfileId ?? 0);
        result["rootEntryId"] = entry.Props.GetValueOrDefault("parentEntryId") as string is { Length: > 0 } parent ? parent : entry.Id;
        result["categories"] = entry.Props.GetValueOrDefault("categories") ?? "";
        result["categoriesIds"] = entry.Props.GetValueOrDefault("categoriesIds") ?? "";
        result["displayInSearch"] = (long)entry.DisplayInSearch;
        result["capabilities"] = "";
        result["blockAutoTranscript"] = entry.Props.GetValueOrDefault("blockAutoTranscript") ?? false;

        // Playable and media entries.
        var largest = readyFlavors.MaxBy(f => f.Width * f.Height);
        result["plays"] = 0L;
        result["views"] = 0L;
        result["width"] = (long)(largest?.Width ?? 0);
        result["height"] = (long)(largest?.Height ?? 0);
        result["duration"] = (entry.DurationMs ?? 0) / 1000;
        result["msDuration"] = entry.DurationMs ?? 0;
        result["durationType"] = "notavailable";
        result["mediaType"] = entry.MediaType is { } mediaType ? mediaType : null;
        result["sourceType"] = entry.Props.GetValueOrDefault("sourceType") ?? "1";
        result["dataUrl"] = $"{sp}/playManifest/entryId/{entry.Id}/format/url/protocol/http";
        result["flavorParamsIds"] = flavorParamsIds;
        result["isTrimDisabled"] = 1L;

        // Data and document entries.
        result["dataContent"] = entry.DataContent;
        result["retrieveDataContentByGet"] = entry.Props.GetValueOrDefault("retrieveDataContentByGet") ?? false;
        result["assetParamsIds"] = flavorParamsIds;
        return result;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
