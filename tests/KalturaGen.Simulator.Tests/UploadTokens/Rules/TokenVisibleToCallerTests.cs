using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>UploadTokenService::uploadAction's retrieveByPK under the partner filter.</summary>
public sealed class TokenVisibleToCallerTests
{
    [Fact]
    public void AVisibleTokenIsTheCallsToken()
    {
        var token = Token();
        var chunk = new UploadChunk(token.Id, Part(), false, true, -1) { FindToken = id => id == token.Id ? token : null };
        new TokenVisibleToCaller().Apply(chunk);
        Assert.Same(token, chunk.Token);
    }

    [Fact]
    public void AnInvisibleTokenIsNotFound()
    {
        var chunk = new UploadChunk("0_other", Part(), false, true, -1) { FindToken = _ => null };
        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", Assert.Throws<ApiException>(() => new TokenVisibleToCaller().Apply(chunk)).Code);
    }
}
