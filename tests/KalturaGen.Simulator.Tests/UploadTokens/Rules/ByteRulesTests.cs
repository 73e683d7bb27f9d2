using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Tests.UploadTokens.Rules;

/// <summary>
/// The rules applied while the bytes move (kUploadTokenMgr::handleResume and the autoFinalize append decision in
/// kUploadTokenMgr::uploadFileToToken), on a real token file in a temp folder.
/// </summary>
public sealed class ByteRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kalturagen-rules-").FullName;

    [Fact]
    public void ResumeNeedsFileRefusesAMissingFile() =>
        Assert.Equal("UPLOAD_TOKEN_CANNOT_RESUME",
            Assert.Throws<ApiException>(() => ResumeNeedsFile.Check(new ChunkedFile(Path.Combine(_folder, "missing.mp4")))).Code);

    [Fact]
    public void ResumeNeedsFileAcceptsAnExistingFile()
    {
        var path = Path.Combine(_folder, "present.mp4");
        File.WriteAllBytes(path, [1]);
        ResumeNeedsFile.Check(new ChunkedFile(path));
    }

    [Fact]
    public void ParkedChunkLimitRefusesANewChunkBeyondTheLimitButAcceptsAReplacement()
    {
        var file = new ChunkedFile(Path.Combine(_folder, "t.mp4"));
        file.StorePending(100, Part("a"));
        file.StorePending(200, Part("b"));
        Assert.Equal("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED", Assert.Throws<ApiException>(() => ParkedChunkLimit.Check(file, 300, 2)).Code);
        ParkedChunkLimit.Check(file, 200, 2);
        ParkedChunkLimit.Check(file, 300, 3);
    }

    [Fact]
    public void ExpectedSizeReachedEndsTheLoopWaitsOrRefuses()
    {
        Assert.True(ExpectedSizeReached.Check(100, 100, waitedLongEnough: false));
        Assert.True(ExpectedSizeReached.Check(100, 100, waitedLongEnough: true));
        Assert.False(ExpectedSizeReached.Check(60, 100, waitedLongEnough: false));
        Assert.Equal("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE", Assert.Throws<ApiException>(() => ExpectedSizeReached.Check(60, 100, waitedLongEnough: true)).Code);
    }

    [Theory]
    [InlineData(100, 40, true, true)]
    [InlineData(100, 40, false, false)]
    [InlineData(100, 100, false, true)]
    [InlineData(100, 120, true, false)]
    [InlineData(100, 120, false, true)]
    public void AutoFinalizeAfterAppendFollowsTheQuirkSwitch(double declared, long current, bool quirk, bool finalizes) =>
        Assert.Equal(finalizes, AutoFinalizeAfterAppend.FinalizesAppend(declared, current, quirk));

    [Fact]
    public void AutoFinalizeAfterReplacementNeedsExactlyTheDeclaredSize()
    {
        Assert.True(AutoFinalizeAfterAppend.FinalizesReplacement(100, 100));
        Assert.False(AutoFinalizeAfterAppend.FinalizesReplacement(100, 99));
        Assert.False(AutoFinalizeAfterAppend.FinalizesReplacement(null, 0));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Part(string name)
    {
        var path = Path.Combine(_folder, "part-" + name);
        File.WriteAllBytes(path, [1, 2, 3]);
        return path;
    }
}
