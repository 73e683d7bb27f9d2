using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::handleAutoFinalize: counting bytes and claiming the final chunk.</summary>
public sealed class AutoFinalizeClaimsFinalChunkTests
{
    [Fact]
    public void BelowTheDeclaredSizeTheChunkOnlyCounts()
    {
        var token = Token(autoFinalize: true, fileSize: 100);
        var chunk = Call(token, Part(size: 40), resume: true, finalChunk: false, resumeAt: 0);
        new AutoFinalizeClaimsFinalChunk().Apply(chunk);
        Assert.Equal(40, token.AutoFinalizeCounter);
        Assert.False(chunk.FinalChunk);
    }

    [Fact]
    public void ReachingTheDeclaredSizeMakesAVerifiedFinalChunkUnderALock()
    {
        var token = Token(autoFinalize: true, fileSize: 100);
        token.AutoFinalizeCounter = 60;
        var chunk = Call(token, Part(size: 40), resume: true, finalChunk: false, resumeAt: 60);
        new AutoFinalizeClaimsFinalChunk().Apply(chunk);
        Assert.True(chunk.FinalChunk);
        Assert.True(chunk.Verified);
        Assert.Equal(100, chunk.Expected);
        Assert.Equal(Now + AutoFinalizeClaimsFinalChunk.LockSeconds, token.AutoFinalizeLockUntil);
        Assert.Equal(4, token.AutoFinalizeRetries);
    }

    [Fact]
    public void WhileTheLockHoldsNoOtherChunkClaims()
    {
        var token = Token(autoFinalize: true, fileSize: 100);
        token.AutoFinalizeLockUntil = Now + 1;
        var chunk = Call(token, Part(size: 100), resume: true, finalChunk: false, resumeAt: 0);
        new AutoFinalizeClaimsFinalChunk().Apply(chunk);
        Assert.False(chunk.FinalChunk);
    }

    [Fact]
    public void TheFifthClaimFailsWithTheUnmappedError()
    {
        var token = Token(autoFinalize: true, fileSize: 10);
        token.AutoFinalizeRetries = 1;
        var chunk = Call(token, Part(size: 10), resume: true, finalChunk: false, resumeAt: 0);
        Assert.Equal("INTERNAL_SERVERL_ERROR", Assert.Throws<ApiException>(() => new AutoFinalizeClaimsFinalChunk().Apply(chunk)).Code);
    }

    [Theory]
    [InlineData(false, true, 0)]
    [InlineData(true, false, 0)]
    [InlineData(true, true, -1)]
    public void OnlyResumedChunksAtAnOffsetOfAnAutoFinalizeTokenCount(bool autoFinalize, bool resume, long resumeAt)
    {
        var token = Token(autoFinalize: autoFinalize, fileSize: 10);
        new AutoFinalizeClaimsFinalChunk().Apply(Call(token, Part(size: 10), resume: resume, finalChunk: false, resumeAt: resumeAt));
        Assert.Equal(0, token.AutoFinalizeCounter);
    }
}
