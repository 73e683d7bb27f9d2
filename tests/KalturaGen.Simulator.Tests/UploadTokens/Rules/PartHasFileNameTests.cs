using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::checkIfFileIsValid: a part without a file name.</summary>
public sealed class PartHasFileNameTests
{
    [Fact]
    public void ANamedPartPasses() => new PartHasFileName().Apply(Call(Token(), Part("a.mp4")));

    [Fact]
    public void AnUnnamedWholeFileFailsTheToken()
    {
        UploadTokenRecord? failed = null;
        var token = Token();
        var error = Assert.Throws<ApiException>(() => new PartHasFileName().Apply(Call(token, Part(""), resume: false, finalChunk: true, uploadFailed: t => failed = t)));
        Assert.Equal("UPLOAD_ERROR", error.Code);
        Assert.Same(token, failed);
    }

    [Fact]
    public void AnUnnamedChunkRefusesWithoutFailingTheToken()
    {
        UploadTokenRecord? failed = null;
        var error = Assert.Throws<ApiException>(() => new PartHasFileName().Apply(Call(Token(), Part(""), resume: true, finalChunk: true, uploadFailed: t => failed = t)));
        Assert.Equal("UPLOAD_ERROR", error.Code);
        Assert.Null(failed);
    }
}
