using KalturaGen.Client.Upload;
using KalturaGen.Simulator;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// A token the status command can report on: <c>half.mp4</c>, 2000 bytes announced, its first 1200 uploaded
/// (PARTIAL_UPLOAD), through the SDK against the given standalone simulator.
/// </summary>
internal static class HalfUploadedToken
{
    public const string FileName = "half.mp4";
    public const long FileSize = 2000;
    public const long UploadedBytes = 1200;

    public static async Task<string> AddAsync(KalturaSimulator simulator)
    {
        using var http = simulator.CreateHttpClient();
        var client = new KalturaGen.Client.KalturaClient(http, new KalturaGen.Runtime.KalturaClientOptions { ServiceUrl = simulator.BaseAddress, PartnerId = 100 })
        {
            Ks = simulator.CreateKs(),
        };
        var tokens = new KalturaUploadTokenApi(client.UploadToken);
        var token = await tokens.AddAsync(FileName, FileSize, false, default);
        await tokens.UploadAsync(new ChunkUploadRequest(token.Id, new MemoryStream(TestData.Bytes((int)UploadedBytes)), FileName, false, false, 0), default);
        return token.Id;
    }
}
