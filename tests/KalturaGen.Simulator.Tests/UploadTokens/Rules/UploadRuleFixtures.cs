using KalturaGen.Simulator.Services.UploadTokens;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>Tokens, parts and calls for the unit tests of single upload rules (no server, no files unless asked).</summary>
internal static class UploadRuleFixtures
{
    public const long Now = 1_800_000_000;

    public static UploadTokenRecord Token(int status = UploadTokenStatus.Pending, bool autoFinalize = false, double? fileSize = null) =>
        new() { Id = "0_" + new string('a', 32), PartnerId = 100, UserId = "", Status = status, AutoFinalize = autoFinalize, FileSize = fileSize, UpdatedAt = Now };

    public static UploadedFilePart Part(string name = "movie.mp4", long size = 10) =>
        new(name, "video/mp4", null, size, UploadedFilePart.ErrorNone);

    public static UploadChunk Call(
        UploadTokenRecord? token,
        UploadedFilePart? part = null,
        bool resume = false,
        bool finalChunk = true,
        long resumeAt = -1,
        Action<UploadTokenRecord>? uploadFailed = null,
        bool restrictsFileTypes = false,
        long now = Now) =>
        new(token?.Id, part ?? Part(), resume, finalChunk, resumeAt)
        {
            Token = token,
            Clock = () => now,
            UploadsFolder = "/uploads",
            UploadFailed = uploadFailed ?? (_ => { }),
            PartnerRestrictsFileTypes = () => restrictsFileTypes,
        };
}
