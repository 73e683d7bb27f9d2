using KalturaGen.Simulator.Services.UploadTokens.Rules;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::uploadFileToToken: the token takes the first part's name.</summary>
public sealed class FileNameFromFirstPartTests
{
    [Fact]
    public void ATokenWithoutANameTakesThePartName()
    {
        var token = Token();
        new FileNameFromFirstPart().Apply(Call(token, Part("clip.mov")));
        Assert.Equal("clip.mov", token.FileName);
    }

    [Fact]
    public void ATokenKeepsItsName()
    {
        var token = Token();
        token.FileName = "declared.mp4";
        new FileNameFromFirstPart().Apply(Call(token, Part("clip.mov")));
        Assert.Equal("declared.mp4", token.FileName);
    }
}
