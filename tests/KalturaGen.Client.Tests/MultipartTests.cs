using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;

namespace KalturaGen.Client.Tests;

/// <summary>Actions with file parameters go as multipart/form-data: a <c>json</c> part, then one part per file.</summary>
public class MultipartTests
{
    private const string TokenJson = """{"objectType":"KalturaUploadToken","id":"1_tok","status":1,"uploadedFileSize":5}""";

    [Fact]
    public async Task UploadSendsTheJsonPartThenTheFilePart()
    {
        var handler = new StubHandler().RespondJson(TokenJson);
        var client = TestClient.Create(handler);
        var bytes = "hello"u8.ToArray();

        var token = await client.UploadToken.UploadAsync("1_tok", KalturaFile.FromBytes(bytes, "chunk.bin", "video/mp4"), resume: true, finalChunk: false, resumeAt: 10);

        Assert.Equal(5, token.UploadedFileSize);
        var request = handler.Last;
        Assert.StartsWith("multipart/form-data; boundary=", request.ContentType, StringComparison.Ordinal);
        Assert.Collection(
            request.Parts,
            json =>
            {
                Assert.Equal("json", json.Name);
                Assert.Null(json.FileName);
                Assert.Equal(
                    TestClient.Body("""
                    "uploadTokenId":"1_tok","resume":true,"finalChunk":false,"resumeAt":10
                    """),
                    json.Text);
            },
            file =>
            {
                Assert.Equal("fileData", file.Name);
                Assert.Equal("chunk.bin", file.FileName);
                Assert.Equal("video/mp4", file.ContentType);
                Assert.Equal(bytes, file.Content);
            });
        Assert.True(
            request.Body.IndexOf("name=json", StringComparison.Ordinal) < request.Body.IndexOf("name=fileData", StringComparison.Ordinal),
            "the json part must come before the file part");
    }

    [Fact]
    public async Task StreamFileIsSentFromItsPositionAndLeftOpen()
    {
        var handler = new StubHandler().RespondJson(TokenJson).RespondJson(TokenJson);
        var client = TestClient.Create(handler);
        using var stream = new MemoryStream("xxhello"u8.ToArray()) { Position = 2 };
        var file = KalturaFile.FromStream(stream, "movie.mp4");

        await client.UploadToken.UploadAsync("1_tok", file);
        await client.UploadToken.UploadAsync("1_tok", file);

        Assert.All(handler.Requests, r =>
        {
            var part = r.Parts[1];
            Assert.Equal("hello", part.Text);
            Assert.Equal("application/octet-stream", part.ContentType);
        });
        Assert.True(stream.CanRead, "the caller's stream must not be disposed");
    }
}
