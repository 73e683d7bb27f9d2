using KalturaGen.Simulator.Services.UploadTokens;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>The ordered lists of UploadTokenService::uploadAction's rules.</summary>
public sealed class UploadRulesOrderTests
{
    [Fact]
    public void TheRulesBeforeTheBytesRunInTheServersOrder() =>
        Assert.Equal(
            [
                typeof(TokenVisibleToCaller), typeof(ChunkCountNotExceeded), typeof(ResumeTimeNotPassed), typeof(TokenOpenForUpload),
                typeof(FileNameFromFirstPart), typeof(PartHasFileName), typeof(EmptyChunkDismissed), typeof(TokenFileFromPartName),
                typeof(AutoFinalizeClaimsFinalChunk),
            ],
            UploadRules.BeforeBytes.Select(r => r.GetType()));

    [Fact]
    public void ADismissedCallStopsTheRemainingRules()
    {
        var token = Token();
        var chunk = Call(token, Part(size: 0), resume: true, finalChunk: false, resumeAt: 5);
        UploadRules.Apply(UploadRules.BeforeBytes.Skip(1).ToList(), chunk);
        Assert.True(chunk.Dismissed);
        Assert.Null(token.File);
    }

    [Fact]
    public void TheClosingRulesRunAtCommit() =>
        Assert.Equal([typeof(SecondFinalChunkRejected), typeof(FileTypeAllowed)], UploadRules.AtCommit.Select(r => r.GetType()));
}
