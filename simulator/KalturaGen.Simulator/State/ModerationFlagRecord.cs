namespace KalturaGen.Simulator.State;

/// <summary>A moderation flag (the server's <c>moderation_flag</c> row) raised on an entry by baseEntry.flag or media.flag.</summary>
internal sealed class ModerationFlagRecord
{
    /// <summary>The flag id (an auto-increment number on the server).</summary>
    public required int Id { get; init; }

    /// <summary>The flagged entry's partner.</summary>
    public required int PartnerId { get; init; }

    /// <summary>The user who flagged ("" without a session user).</summary>
    public required string UserId { get; init; }

    /// <summary>The flagged entry.</summary>
    public required string FlaggedEntryId { get; init; }

    /// <summary><see cref="ModerationFlagStatus.Pending"/> until the entry is approved or rejected.</summary>
    public int Status { get; set; } = ModerationFlagStatus.Pending;

    /// <summary>The reporter's comment.</summary>
    public string? Comments { get; init; }

    /// <summary>The reason (KalturaModerationFlagType), when given.</summary>
    public int? FlagType { get; init; }

    /// <summary>Creation time (Unix seconds).</summary>
    public required long CreatedAt { get; init; }

    /// <summary>Last update (Unix seconds).</summary>
    public long UpdatedAt { get; set; }
}

/// <summary>Moderation flag statuses (<c>moderationFlagStatus</c>).</summary>
internal static class ModerationFlagStatus
{
    /// <summary>1: waiting for a moderator.</summary>
    public const int Pending = 1;

    /// <summary>2: the entry was approved or rejected since.</summary>
    public const int Moderated = 2;
}
