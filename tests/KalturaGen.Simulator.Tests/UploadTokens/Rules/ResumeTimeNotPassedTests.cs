using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>UploadTokenService::validateForUpload's upload_token_max_resume_time check.</summary>
public sealed class ResumeTimeNotPassedTests
{
    [Fact]
    public void APartialTokenIdlePastTheLimitRefuses()
    {
        var late = Now + UploadTokenRecord.MaxResumeSeconds + 1;
        var error = Assert.Throws<ApiException>(() => new ResumeTimeNotPassed().Apply(Call(Token(UploadTokenStatus.PartialUpload), now: late)));
        Assert.Equal("UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED", error.Code);
    }

    [Fact]
    public void APartialTokenAtTheLimitPasses() =>
        new ResumeTimeNotPassed().Apply(Call(Token(UploadTokenStatus.PartialUpload), now: Now + UploadTokenRecord.MaxResumeSeconds));

    [Fact]
    public void APendingTokenHasNoResumeLimit() =>
        new ResumeTimeNotPassed().Apply(Call(Token(UploadTokenStatus.Pending), now: Now + 10 * UploadTokenRecord.MaxResumeSeconds));
}
