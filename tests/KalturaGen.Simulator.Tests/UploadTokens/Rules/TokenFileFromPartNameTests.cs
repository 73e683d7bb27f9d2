using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.Storage;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::getUploadPath: the token file's name and extension.</summary>
public sealed class TokenFileFromPartNameTests
{
    [Theory]
    [InlineData(null, "clip.mov", "mov")]
    [InlineData("declared.mp4", "noextension", "mp4")]
    [InlineData("declared.mp4", "blob.tmp", "mp4")]
    [InlineData(null, "blob.tmp", "tmp")]
    [InlineData(null, "noextension", "noex")]
    public void TheExtensionComesFromThePartOrTheToken(string? tokenName, string partName, string extension)
    {
        var token = Token();
        token.FileName = tokenName;
        new TokenFileFromPartName().Apply(Call(token, Part(partName)));
        Assert.Equal(Path.Combine("/uploads", $"{token.Id}.{extension}"), token.File!.Path);
    }

    [Fact]
    public void TheFirstPartFixesTheFile()
    {
        var token = Token();
        var first = new ChunkedFile("/uploads/first.mp4");
        token.File = first;
        new TokenFileFromPartName().Apply(Call(token, Part("other.mov")));
        Assert.Same(first, token.File);
    }
}
