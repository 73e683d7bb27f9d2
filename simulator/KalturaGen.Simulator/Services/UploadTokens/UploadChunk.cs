using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// One <c>uploadToken.upload</c> call as its rules see it: the request's parameters and part, the token once found, and
/// what the rules decide (final chunk, verified size, dismissal). Built from the call by <see cref="From"/>; rules
/// read and set it, the locking in <see cref="UploadLocking"/> acts on it.
/// </summary>
internal sealed class UploadChunk
{
    /// <summary>Creates the call's state; a final chunk with resumeAt &gt; 0 is verified against resumeAt plus the part.</summary>
    public UploadChunk(string? tokenId, UploadedFilePart part, bool resume, bool finalChunk, long resumeAt)
    {
        TokenId = tokenId;
        Part = part;
        Resume = resume;
        FinalChunk = finalChunk;
        ResumeAt = resumeAt;
        Verified = finalChunk && resumeAt > 0;
        Expected = Verified ? resumeAt + part.Size : 0;
    }

    /// <summary>The uploadTokenId parameter.</summary>
    public string? TokenId { get; }

    /// <summary>The fileData part.</summary>
    public UploadedFilePart Part { get; }

    /// <summary>resume: add to the token's file instead of replacing it.</summary>
    public bool Resume { get; }

    /// <summary>resumeAt, truncated (-1: append at the end).</summary>
    public long ResumeAt { get; }

    /// <summary>Whether the call closes the upload (finalChunk, or decided by autoFinalize).</summary>
    public bool FinalChunk { get; set; }

    /// <summary>Whether the final chunk waits for the file to reach <see cref="Expected"/> bytes.</summary>
    public bool Verified { get; set; }

    /// <summary>The size a verified final chunk expects.</summary>
    public long Expected { get; set; }

    /// <summary>The token, once found.</summary>
    public UploadTokenRecord? Token { get; set; }

    /// <summary>The token, for rules that run after it was found.</summary>
    public UploadTokenRecord RequiredToken => Token ?? throw new InvalidOperationException("The token is found by the first rule.");

    /// <summary>Whether the call is dismissed: it answers the token unchanged and moves no bytes.</summary>
    public bool Dismissed { get; set; }

    /// <summary>The file's contiguous size after the bytes moved.</summary>
    public long Size { get; set; }

    /// <summary>The current time, Unix seconds (on the simulator clock).</summary>
    public long Now => Clock();

    /// <summary>Reads the simulator clock, Unix seconds.</summary>
    public Func<long> Clock { get; init; } = static () => 0;

    /// <summary>The folder of token files.</summary>
    public string UploadsFolder { get; init; } = "";

    /// <summary>Finds a token the caller may see (its partner's, not deleted), or null.</summary>
    public Func<string?, UploadTokenRecord?> FindToken { get; init; } = static _ => null;

    /// <summary>Fails the token (deletes its bytes, fails what waits on it).</summary>
    public Action<UploadTokenRecord> UploadFailed { get; init; } = static _ => { };

    /// <summary>Whether the caller's partner restricts file types (FEATURE_FILE_TYPE_RESTRICTION_PERMISSION).</summary>
    public Func<bool> PartnerRestrictsFileTypes { get; init; } = static () => false;

    /// <summary>The call's state from its parameters.</summary>
    public static UploadChunk From(ActionContext context) =>
        new(
            context.String("uploadTokenId"),
            context.File("fileData")!,
            context.Bool("resume") == true,
            context.Bool("finalChunk") != false,
            (long)Math.Truncate(context.Double("resumeAt") ?? -1))
        {
            Clock = () => context.Now,
            UploadsFolder = context.Runtime.Storage.Uploads,
            FindToken = context.FindToken,
            UploadFailed = context.Runtime.Lifecycle.OnUploadFailed,
            PartnerRestrictsFileTypes = () => context.Partner.HasFeature(PartnerFeatures.FileTypeRestriction),
        };
}
