namespace KalturaGen.Benchmarks.Serialization;

/// <summary>
/// A plain class with the same JSON shape as a generated <c>MediaEntry</c> holding the properties a server sends
/// for a ready video (string enums as strings, integer enums as numbers), for System.Text.Json's reflection path.
/// </summary>
public sealed class MediaEntryPoco
{
    public string ObjectType { get; set; } = "KalturaMediaEntry";
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int? PartnerId { get; set; }
    public string? UserId { get; set; }
    public string? CreatorId { get; set; }
    public string? Tags { get; set; }
    public string? AdminTags { get; set; }
    public string? Categories { get; set; }
    public string? CategoriesIds { get; set; }
    public string? Status { get; set; }
    public int? ModerationStatus { get; set; }
    public int? ModerationCount { get; set; }
    public string? Type { get; set; }
    public int? CreatedAt { get; set; }
    public int? UpdatedAt { get; set; }
    public double? Rank { get; set; }
    public int? TotalRank { get; set; }
    public int? Votes { get; set; }
    public string? DownloadUrl { get; set; }
    public string? SearchText { get; set; }
    public int? LicenseType { get; set; }
    public int? Version { get; set; }
    public string? ThumbnailUrl { get; set; }
    public int? AccessControlId { get; set; }
    public string? ReferenceId { get; set; }
    public string? ReplacementStatus { get; set; }
    public int? PartnerSortValue { get; set; }
    public int? ConversionProfileId { get; set; }
    public string? RootEntryId { get; set; }
    public string? EntitledUsersEdit { get; set; }
    public string? EntitledUsersPublish { get; set; }
    public string? EntitledUsersView { get; set; }
    public string? Capabilities { get; set; }
    public int? DisplayInSearch { get; set; }
    public string? Application { get; set; }
    public string? ApplicationVersion { get; set; }
    public bool? BlockAutoTranscript { get; set; }
    public int? Plays { get; set; }
    public int? Views { get; set; }
    public int? LastPlayedAt { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public int? Duration { get; set; }
    public int? MsDuration { get; set; }
    public string? DurationType { get; set; }
    public int? MediaType { get; set; }
    public string? ConversionQuality { get; set; }
    public string? SourceType { get; set; }
    public string? DataUrl { get; set; }
    public string? FlavorParamsIds { get; set; }
    public int? IsTrimDisabled { get; set; }
}

/// <summary>The plain counterpart of a generated <c>MediaListResponse</c>.</summary>
public sealed class MediaListResponsePoco
{
    public string ObjectType { get; set; } = "KalturaMediaListResponse";
    public int? TotalCount { get; set; }
    public List<MediaEntryPoco>? Objects { get; set; }
}
