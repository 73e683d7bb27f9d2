using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Storage;
using static KalturaGen.Simulator.Tests.UploadTokens.Rules.UploadRuleFixtures;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>kUploadTokenMgr::checkIfFileIsAllowed on the final chunk.</summary>
public sealed class FileTypeAllowedTests
{
    [Fact]
    public void ARestrictedTypeFailsTheTokenForARestrictingPartner()
    {
        UploadTokenRecord? failed = null;
        var token = Token();
        token.File = new ChunkedFile("/uploads/x.exe");
        var chunk = Call(token, finalChunk: true, restrictsFileTypes: true, uploadFailed: t => failed = t);
        chunk.Size = 10;
        Assert.Equal("UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD", Assert.Throws<ApiException>(() => new FileTypeAllowed().Apply(chunk)).Code);
        Assert.Same(token, failed);
    }

    [Theory]
    [InlineData("x.exe", false, true, 10)]
    [InlineData("x.exe", true, false, 10)]
    [InlineData("x.exe", true, true, 0)]
    [InlineData("x.pdf", true, true, 10)]
    public void OtherwiseTheFilePasses(string name, bool restricting, bool finalChunk, long size)
    {
        var token = Token();
        token.File = new ChunkedFile("/uploads/" + name);
        var chunk = Call(token, resume: !finalChunk, finalChunk: finalChunk, resumeAt: 0, restrictsFileTypes: restricting);
        chunk.Size = size;
        new FileTypeAllowed().Apply(chunk);
    }
}
