using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>UploadTokenService::validateForUpload's ERROR status check.</summary>
public sealed class ChunkCountNotExceededTests
{
    [Fact]
    public void ATokenInErrorRefusesWithTheChunkCountError() =>
        Assert.Equal("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED",
            Assert.Throws<ApiException>(() => new ChunkCountNotExceeded().Apply(Call(Token(UploadTokenStatus.Error)))).Code);

    [Fact]
    public void AnOpenTokenPasses() => new ChunkCountNotExceeded().Apply(Call(Token(UploadTokenStatus.PartialUpload)));
}
