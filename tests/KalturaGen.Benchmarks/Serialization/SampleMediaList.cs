using System.Globalization;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Benchmarks.Serialization;

/// <summary>A media.list answer of ready videos, with the properties a server fills for each.</summary>
public static class SampleMediaList
{
    /// <summary>A response holding <paramref name="count"/> entries that differ in ids, names, times and sizes.</summary>
    public static MediaListResponse Create(int count) => new()
    {
        TotalCount = count * 7,
        Objects = [.. Enumerable.Range(0, count).Select(Entry)],
    };

    private static MediaEntry Entry(int i)
    {
        var id = "0_" + i.ToString("x8", CultureInfo.InvariantCulture);
        var created = 1_714_550_000 + (i * 97);
        return new MediaEntry
        {
            Id = id,
            Name = $"Lecture {i}: chunked uploads in practice",
            Description = $"Recording {i} of the ingestion course, uploaded in chunks and converted to four flavors.",
            PartnerId = 100,
            UserId = "teacher@example.edu",
            CreatorId = "teacher@example.edu",
            Tags = "lecture, upload, kaltura",
            AdminTags = "course-101",
            Categories = "Courses>Ingestion",
            CategoriesIds = "41,42",
            Status = EntryStatus.READY,
            ModerationStatus = EntryModerationStatus.AUTO_APPROVED,
            ModerationCount = 0,
            Type = EntryType.MEDIA_CLIP,
            CreatedAt = created,
            UpdatedAt = created + 300,
            Rank = 3.5,
            TotalRank = 7,
            Votes = 2,
            DownloadUrl = $"https://cdn.example.com/p/100/sp/10000/playManifest/entryId/{id}/format/download/protocol/https/flavorParamsId/0",
            SearchText = $"_PAR_ONLY_ _100_ _MEDIA_TYPE_1| Lecture {i} lecture upload kaltura",
            LicenseType = LicenseType.UNKNOWN,
            Version = 100000,
            ThumbnailUrl = $"https://cdn.example.com/p/100/sp/10000/thumbnail/entry_id/{id}/version/100002",
            AccessControlId = 1,
            ReferenceId = "ref-" + i.ToString(CultureInfo.InvariantCulture),
            ReplacementStatus = EntryReplacementStatus.NONE,
            PartnerSortValue = 0,
            ConversionProfileId = 5,
            RootEntryId = id,
            EntitledUsersEdit = "",
            EntitledUsersPublish = "",
            EntitledUsersView = "",
            Capabilities = "",
            DisplayInSearch = EntryDisplayInSearchType.PARTNER_ONLY,
            Application = "kalturagen",
            ApplicationVersion = "0.1.0",
            BlockAutoTranscript = false,
            Plays = i * 3,
            Views = i * 5,
            LastPlayedAt = created + 86_400,
            Width = 1920,
            Height = 1080,
            Duration = 600 + i,
            MsDuration = (600 + i) * 1000,
            DurationType = DurationType.MEDIUM,
            MediaType = MediaType.VIDEO,
            ConversionQuality = "5",
            SourceType = SourceType.FILE,
            DataUrl = $"https://cdn.example.com/p/100/sp/10000/flvclipper/entry_id/{id}/version/100000",
            FlavorParamsIds = "0,487041,487051,487061",
            IsTrimDisabled = NullableBoolean.TRUE_VALUE,
        };
    }
}
