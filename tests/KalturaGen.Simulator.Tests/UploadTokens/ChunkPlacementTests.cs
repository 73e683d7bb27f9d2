using System.Net.Http.Headers;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using KalturaGen.Simulator.Wire;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.UploadTokens;

/// <summary>
/// Chunks at the end of the token's file go straight into it (ChunkPlacer, PlacedChunk) and the calls still behave as
/// kUploadTokenMgr::handleResume does: the same bytes, sizes and errors as through a temporary file.
/// </summary>
public sealed class ChunkPlacementTests
{
    [Fact]
    public async Task AChunkAtTheEndIsWrittenIntoTheTokenFileWhileTheRequestIsRead()
    {
        await using var api = await StartAsync();
        var (id, first) = await TokenWithFirstChunkAsync(api, 100);
        using var request = await ReadUploadRequestAsync(api, id, TestData.Bytes(50, 2), resumeAt: 100);
        var part = Assert.IsType<UploadedFilePart>(request.Parameters.Get("fileData")!.File);
        Assert.NotNull(part.Placement);
        Assert.Null(part.TempPath);
        Assert.Equal(150, new FileInfo(api.Simulator.Runtime.State.Tokens[id].File!.Path).Length);
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
        _ = first;
    }

    [Fact]
    public async Task ARequestThatEndsWithoutTheCallDropsThePlacedBytes()
    {
        await using var api = await StartAsync();
        var (id, first) = await TokenWithFirstChunkAsync(api, 100);
        using (await ReadUploadRequestAsync(api, id, TestData.Bytes(50, 2), resumeAt: 100))
        {
        }

        var file = api.Simulator.Runtime.State.Tokens[id].File!;
        Assert.Equal(100, file.Size);
        Assert.Equal(TestData.Sha256(first), TestData.Sha256(await File.ReadAllBytesAsync(file.Path)));
        Assert.True(file.Lock.Wait(0), "the file's lock was released");
        file.Lock.Release();
    }

    [Fact]
    public async Task ChunksInOrderAssembleTheSameBytes()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(300, 7);
        var (id, _) = await TokenWithFirstChunkAsync(api, 100, data);
        Assert.Equal(1, (await UploadJsonAsync(api, id, data[100..200], resumeAt: 100, finalChunk: false)).GetProperty("status").GetInt32());
        var closed = await UploadJsonAsync(api, id, data[200..], resumeAt: 200, finalChunk: true);
        Assert.Equal(2, closed.GetProperty("status").GetInt32());
        Assert.Equal(300, closed.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(await File.ReadAllBytesAsync(api.Simulator.Runtime.State.Tokens[id].File!.Path)));
    }

    [Fact]
    public async Task APlacedChunkOfARefusedRequestLeavesTheFileAsItWas()
    {
        await using var api = await StartAsync();
        var (id, first) = await TokenWithFirstChunkAsync(api, 100);
        var refused = await UploadJsonAsync(api, id, TestData.Bytes(50, 2), resumeAt: 100, finalChunk: false, ks: "not-a-ks");
        Assert.Equal("KalturaAPIException", refused.GetProperty("objectType").GetString());
        var file = api.Simulator.Runtime.State.Tokens[id].File!;
        Assert.Equal(100, file.Size);
        Assert.Equal(TestData.Sha256(first), TestData.Sha256(await File.ReadAllBytesAsync(file.Path)));
    }

    [Fact]
    public async Task AParameterAfterThePartThatMovesTheWriteTakesTheBytesOutFirst()
    {
        // PHP keeps the last of two fields with one name: resumeAt=0 after the part wins over resumeAt=100 before it,
        // so the call writes at 0 (kUploadTokenMgr::handleResume) and the guess at the end is undone.
        await using var api = await StartAsync();
        var (id, _) = await TokenWithFirstChunkAsync(api, 100);
        var second = TestData.Bytes(150, 3);
        var file = new ByteArrayContent(second);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" },
            { new StringContent("1"), "format" },
            { new StringContent(id), "uploadTokenId" },
            { new StringContent("1"), "resume" },
            { new StringContent("0"), "finalChunk" },
            { new StringContent("100"), "resumeAt" },
            { file, "fileData", "movie.mp4" },
            { new StringContent("0"), "resumeAt" },
        };
        var result = Parse(await (await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content)).Content.ReadAsStringAsync());
        Assert.Equal(150, result.GetProperty("uploadedFileSize").GetInt64());
        Assert.Equal(TestData.Sha256(second), TestData.Sha256(await File.ReadAllBytesAsync(api.Simulator.Runtime.State.Tokens[id].File!.Path)));
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
    }

    [Fact]
    public async Task AChunkAfterAGapIsStillParked()
    {
        await using var api = await StartAsync();
        var (id, _) = await TokenWithFirstChunkAsync(api, 100);
        await UploadJsonAsync(api, id, TestData.Bytes(50, 2), resumeAt: 200, finalChunk: false);
        var file = api.Simulator.Runtime.State.Tokens[id].File!;
        Assert.Equal(100, file.Size);
        Assert.Equal([200L], file.PendingOffsets);
    }

    private static Task<(string Id, byte[] First)> TokenWithFirstChunkAsync(SimulatorApi api, int size, byte[]? data = null) =>
        ChunkRequests.TokenWithFirstChunkAsync(api, size, data);

    private static Task<JsonElement> UploadJsonAsync(SimulatorApi api, string id, byte[] data, long resumeAt, bool finalChunk, string? ks = null) =>
        ChunkRequests.PostAsync(api, id, data, resumeAt, finalChunk, ks ?? api.Ks);

    private static Task<WireRequest> ReadUploadRequestAsync(SimulatorApi api, string id, byte[] data, long resumeAt) =>
        ChunkRequests.ReadAsync(api, id, data, resumeAt, api.Ks);
}
