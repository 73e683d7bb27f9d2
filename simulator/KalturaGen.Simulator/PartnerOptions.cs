namespace KalturaGen.Simulator;

/// <summary>A partner (account) the simulator knows.</summary>
public sealed class PartnerOptions
{
    /// <summary>The partner id.</summary>
    public int Id { get; set; }

    /// <summary>The admin secret: starts admin or user sessions and signs every KS of the partner.</summary>
    public string AdminSecret { get; set; } = "";

    /// <summary>The user secret: starts user sessions only.</summary>
    public string UserSecret { get; set; } = "";

    /// <summary>The KS version <c>session.start</c> issues (1 or 2). Both are always accepted.</summary>
    public int KsVersion { get; set; } = 2;

    /// <summary>Cap on KS lifetime in seconds (the partner's ksMaxExpiryInSeconds).</summary>
    public int KsMaxExpirySeconds { get; set; } = 86400;

    /// <summary>
    /// Enabled partner features (permission names), e.g. <c>FEATURE_ENTRY_REPLACEMENT</c>,
    /// <c>FEATURE_ENTRY_REPLACEMENT_APPROVAL</c>, <c>FEATURE_RECYCLE_BIN</c>,
    /// <c>FEATURE_FILE_TYPE_RESTRICTION_PERMISSION</c>.
    /// </summary>
    public List<string> Features { get; set; } = [];

    /// <summary>The id of the partner's default conversion profile (the only one the simulator knows).</summary>
    public int DefaultConversionProfileId { get; set; } = 1001;

    /// <summary>The id of the partner's default access control profile.</summary>
    public int DefaultAccessControlId { get; set; } = 1;

    /// <summary>
    /// The partner moderates content (the server's partner <c>moderateContent</c> setting): new entries start with
    /// moderationStatus PENDING_MODERATION instead of AUTO_APPROVED, and lists hide them until approved.
    /// </summary>
    public bool ModerateContent { get; set; }

    /// <summary>A blocked partner cannot start sessions.</summary>
    public bool Blocked { get; set; }

    /// <summary>Whether the partner has a feature (case-insensitive).</summary>
    public bool HasFeature(string feature) => Features.Contains(feature, StringComparer.OrdinalIgnoreCase);

    /// <summary>The default partner: id 100 with the documented secrets, entry replacement and the recycle bin.</summary>
    public static PartnerOptions CreateDefault() => new()
    {
        Id = SimulatorDefaults.PartnerId,
        AdminSecret = SimulatorDefaults.AdminSecret,
        UserSecret = SimulatorDefaults.UserSecret,
        Features = [PartnerFeatures.EntryReplacement, PartnerFeatures.RecycleBin],
    };
}

/// <summary>Partner feature names the simulator understands.</summary>
public static class PartnerFeatures
{
    /// <summary>media.updateContent may replace the content of an entry that has some.</summary>
    public const string EntryReplacement = "FEATURE_ENTRY_REPLACEMENT";

    /// <summary>Replacements wait for approveReplace instead of applying when ready.</summary>
    public const string EntryReplacementApproval = "FEATURE_ENTRY_REPLACEMENT_APPROVAL";

    /// <summary>baseEntry.recycle is allowed.</summary>
    public const string RecycleBin = "FEATURE_RECYCLE_BIN";

    /// <summary>Final chunks are checked against the allowed file types.</summary>
    public const string FileTypeRestriction = "FEATURE_FILE_TYPE_RESTRICTION_PERMISSION";
}

/// <summary>The documented defaults.</summary>
public static class SimulatorDefaults
{
    /// <summary>The default partner id.</summary>
    public const int PartnerId = 100;

    /// <summary>The default partner's admin secret.</summary>
    public const string AdminSecret = "simulator-admin-secret";

    /// <summary>The default partner's user secret.</summary>
    public const string UserSecret = "simulator-user-secret";
}
