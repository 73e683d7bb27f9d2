using KalturaGen.Simulator.Services.UploadTokens.Rules;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::uploadFileToToken's silent dismissal of an empty chunk.</summary>
public sealed class EmptyChunkDismissedTests
{
    [Fact]
    public void AnEmptyNonFinalChunkPastZeroIsDismissed()
    {
        var chunk = Call(Token(), Part(size: 0), resume: true, finalChunk: false, resumeAt: 5);
        new EmptyChunkDismissed().Apply(chunk);
        Assert.True(chunk.Dismissed);
    }

    [Theory]
    [InlineData(0, false, 0)]
    [InlineData(0, true, 5)]
    [InlineData(1, false, 5)]
    public void OtherChunksAreNot(long size, bool finalChunk, long resumeAt)
    {
        var chunk = Call(Token(), Part(size: size), resume: true, finalChunk: finalChunk, resumeAt: resumeAt);
        new EmptyChunkDismissed().Apply(chunk);
        Assert.False(chunk.Dismissed);
    }
}
