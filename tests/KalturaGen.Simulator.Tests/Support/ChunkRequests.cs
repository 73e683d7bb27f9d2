using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Services.UploadTokens;
using KalturaGen.Simulator.Wire;
using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>
/// uploadToken.upload chunks the SDK's way (the parameters in a "json" field before the file part), sent as a call or
/// only read as the endpoint reads them (placement included) without running the call.
/// </summary>
internal static class ChunkRequests
{
    /// <summary>The multipart body; no ks field when <paramref name="ks"/> is null.</summary>
    public static MultipartFormDataContent Content(string id, byte[] data, long resumeAt, bool finalChunk, string? ks)
    {
        var fields = new Dictionary<string, object> { ["format"] = 1, ["uploadTokenId"] = id, ["resume"] = true, ["resumeAt"] = resumeAt, ["finalChunk"] = finalChunk };
        if (ks is not null)
        {
            fields["ks"] = ks;
        }

        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(fields), Encoding.UTF8), "json" }, { file, "fileData", "movie.mp4" } };
    }

    /// <summary>Sends the chunk as a call and parses the response.</summary>
    public static async Task<JsonElement> PostAsync(SimulatorApi api, string id, byte[] data, long resumeAt, bool finalChunk, string? ks)
    {
        using var content = Content(id, data, resumeAt, finalChunk, ks);
        var response = await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content);
        return SimulatorApi.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads the chunk's request as the endpoint does (a body still in flight), without running the call.</summary>
    public static async Task<WireRequest> ReadAsync(SimulatorApi api, string id, byte[] data, long resumeAt, string? ks)
    {
        using var content = Content(id, data, resumeAt, finalChunk: false, ks);
        var http = new DefaultHttpContext();
        http.Request.ContentType = content.Headers.ContentType!.ToString();
        http.Request.Body = new MemoryStream(await content.ReadAsByteArrayAsync());
        var runtime = api.Simulator.Runtime;
        return await WireRequest.ReadAsync(http.Request, runtime.Storage.Incoming, runtime.Options.Limits, ChunkPlacer.For(runtime, "uploadtoken", "upload"), CancellationToken.None);
    }

    /// <summary>
    /// A new token (added with <paramref name="ks"/>, the admin KS by default) holding its first
    /// <paramref name="size"/> bytes (of <paramref name="data"/>, or generated); returns its id and those bytes.
    /// </summary>
    public static async Task<(string Id, byte[] First)> TokenWithFirstChunkAsync(SimulatorApi api, int size, byte[]? data = null, string? ks = null)
    {
        var id = (await api.CallAsAsync(ks ?? api.Ks, "uploadToken", "add")).GetProperty("id").GetString()!;
        var first = data?[..size] ?? TestData.Bytes(size, 1);
        await api.UploadAsync(id, first, "movie.mp4", finalChunk: false, ks: ks);
        return (id, first);
    }
}
