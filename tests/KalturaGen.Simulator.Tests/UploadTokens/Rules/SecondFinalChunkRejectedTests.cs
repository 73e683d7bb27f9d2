using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::uploadFileToToken's uploadToken_closure lock, at commit.</summary>
public sealed class SecondFinalChunkRejectedTests
{
    [Fact]
    public void AFinalChunkFindingTheTokenFullRefuses() =>
        Assert.Equal("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD",
            Assert.Throws<ApiException>(() => new SecondFinalChunkRejected().Apply(Call(Token(UploadTokenStatus.FullUpload), finalChunk: true))).Code);

    [Fact]
    public void ANonFinalChunkFindingTheTokenFullPasses() =>
        new SecondFinalChunkRejected().Apply(Call(Token(UploadTokenStatus.FullUpload), resume: true, finalChunk: false, resumeAt: 0));

    [Fact]
    public void AFinalChunkOfAnOpenTokenPasses() =>
        new SecondFinalChunkRejected().Apply(Call(Token(UploadTokenStatus.PartialUpload), finalChunk: true));
}
