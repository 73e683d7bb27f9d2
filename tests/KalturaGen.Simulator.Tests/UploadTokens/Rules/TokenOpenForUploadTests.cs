using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>UploadTokenService::validateForUpload's status check.</summary>
public sealed class TokenOpenForUploadTests
{
    [Theory]
    [InlineData(UploadTokenStatus.Pending)]
    [InlineData(UploadTokenStatus.PartialUpload)]
    public void PendingAndPartialTokensTakeBytes(int status) => new TokenOpenForUpload().Apply(Call(Token(status)));

    [Theory]
    [InlineData(UploadTokenStatus.FullUpload)]
    [InlineData(UploadTokenStatus.Closed)]
    [InlineData(UploadTokenStatus.TimedOut)]
    public void OtherStatusesRefuse(int status) =>
        Assert.Equal("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD",
            Assert.Throws<ApiException>(() => new TokenOpenForUpload().Apply(Call(Token(status)))).Code);
}
