using KalturaGen.Simulator.Services.UploadTokens.Rules;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// The rules of <c>uploadToken.upload</c> (<c>UploadTokenService::uploadAction</c>, <c>validateForUpload</c>,
/// <c>kUploadTokenMgr::uploadFileToToken</c>), in the order the server applies them. <see cref="BeforeBytes"/> runs under
/// the state gate before any byte moves, <see cref="AtCommit"/> under the state gate after the bytes moved. The rules of
/// moving the bytes themselves (<see cref="ResumeNeedsFile"/>, <see cref="ParkedChunkLimit"/>,
/// <see cref="ExpectedSizeReached"/>, <see cref="AutoFinalizeAfterAppend"/>) apply where <see cref="ChunkWriter"/>
/// moves them, under the file's lock.
/// </summary>
internal static class UploadRules
{
    /// <summary>Before the bytes: find the token, check it takes bytes, check the part, decide where and how it goes.</summary>
    public static IReadOnlyList<IUploadRule> BeforeBytes { get; } =
    [
        new TokenVisibleToCaller(),
        new ChunkCountNotExceeded(),
        new ResumeTimeNotPassed(),
        new TokenOpenForUpload(),
        new FileNameFromFirstPart(),
        new PartHasFileName(),
        new EmptyChunkDismissed(),
        new TokenFileFromPartName(),
        new AutoFinalizeClaimsFinalChunk(),
    ];

    /// <summary>After the bytes, before the token's status changes: the closing checks of a final chunk.</summary>
    public static IReadOnlyList<IUploadRule> AtCommit { get; } =
    [
        new SecondFinalChunkRejected(),
        new FileTypeAllowed(),
    ];

    /// <summary>Applies the rules in order; a rule that dismisses the call stops the rest.</summary>
    public static void Apply(IReadOnlyList<IUploadRule> rules, UploadChunk chunk)
    {
        foreach (var rule in rules)
        {
            rule.Apply(chunk);
            if (chunk.Dismissed)
            {
                return;
            }
        }
    }
}
