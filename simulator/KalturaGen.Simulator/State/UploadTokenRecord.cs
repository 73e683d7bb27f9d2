using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.State;

/// <summary>Upload token statuses: KalturaUploadTokenStatus of the schema (StatusConstantsTests holds them to it), plus the core-only ERROR.</summary>
internal static class UploadTokenStatus
{
    /// <summary>Created, nothing uploaded.</summary>
    public const int Pending = 0;
    /// <summary>Some chunks received.</summary>
    public const int PartialUpload = 1;
    /// <summary>All data received.</summary>
    public const int FullUpload = 2;
    /// <summary>Consumed by an entry.</summary>
    public const int Closed = 3;
    /// <summary>Never set by the server.</summary>
    public const int TimedOut = 4;
    /// <summary>Deleted (invisible to every action).</summary>
    public const int Deleted = 5;
    /// <summary>Core-only status; unreachable in current server code.</summary>
    public const int Error = 6;
}

/// <summary>An upload token and its bytes.</summary>
internal sealed class UploadTokenRecord
{
    /// <summary>The server's upload_token_max_resume_time: a PARTIAL token idle longer cannot be uploaded to again.</summary>
    public const long MaxResumeSeconds = 604800;

    /// <summary>Creation order, to break ties between objects created in the same second.</summary>
    public long Sequence { get; init; }

    /// <summary>The token id, <c>0_</c> plus 32 hex digits.</summary>
    public required string Id { get; init; }
    /// <summary>Owning partner.</summary>
    public required int PartnerId { get; init; }
    /// <summary>The puser id of the creating KS ("" when none).</summary>
    public required string UserId { get; init; }
    /// <summary>Status, see <see cref="UploadTokenStatus"/>.</summary>
    public int Status { get; set; } = UploadTokenStatus.Pending;
    /// <summary>Declared or first-part file name.</summary>
    public string? FileName { get; set; }
    /// <summary>Declared size.</summary>
    public double? FileSize { get; set; }
    /// <summary>Contiguous bytes uploaded; null before the first upload.</summary>
    public long? UploadedFileSize { get; set; }
    /// <summary>Creation time, Unix seconds.</summary>
    public long CreatedAt { get; init; }
    /// <summary>Last update, Unix seconds.</summary>
    public long UpdatedAt { get; set; }
    /// <summary>Whether the upload finalizes by itself once fileSize bytes arrived.</summary>
    public bool AutoFinalize { get; init; }
    /// <summary>"entry" or "flavorAsset" once content waits on this token.</summary>
    public string? AttachedObjectType { get; set; }
    /// <summary>The id of the attached object.</summary>
    public string? AttachedObjectId { get; set; }
    /// <summary>The bytes, once a first part arrived.</summary>
    public ChunkedFile? File { get; set; }
    /// <summary>autoFinalize: the running byte counter (the server's cache key <c>id.size</c>).</summary>
    public long AutoFinalizeCounter { get; set; }
    /// <summary>autoFinalize: when the 30 s finalize lock expires (Unix seconds).</summary>
    public long AutoFinalizeLockUntil { get; set; }
    /// <summary>autoFinalize: attempts left before the server gives up.</summary>
    public int AutoFinalizeRetries { get; set; } = 5;

    /// <summary>Whether the token is PARTIAL and idle past <see cref="MaxResumeSeconds"/> (UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED).</summary>
    public bool IsPastResumeLimit(long now) => Status == UploadTokenStatus.PartialUpload && UpdatedAt < now - MaxResumeSeconds;
}
