using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries.Moderation;

/// <summary>A moderation flag as <c>KalturaModerationFlag</c> (its <c>map_between_objects</c>).</summary>
internal static class ModerationFlagMapper
{
    private const string EntryObjectType = "2";

    /// <summary>The wire object.</summary>
    public static WireObject ToWire(ModerationFlagRecord flag) => new("KalturaModerationFlag")
    {
        ["id"] = (long)flag.Id,
        ["partnerId"] = (long)flag.PartnerId,
        ["userId"] = flag.UserId,
        ["moderationObjectType"] = EntryObjectType,
        ["flaggedEntryId"] = flag.FlaggedEntryId,
        ["status"] = flag.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["comments"] = flag.Comments,
        ["flagType"] = flag.FlagType is { } type ? (long)type : null,
        ["createdAt"] = flag.CreatedAt,
        ["updatedAt"] = flag.UpdatedAt,
    };
}
