using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Hosting;

/// <summary>The generated SDK against <see cref="SimulatorClientExtensions.CreateClient"/>.</summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task UploadAddContentAndConvertThroughTheSdk()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        var data = TestData.Bytes(300_000);

        var token = await client.UploadToken.AddAsync(new UploadToken { FileName = "sdk.mp4", FileSize = data.Length });
        await client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(data[..100_000], "sdk.mp4"), resume: false, finalChunk: false, resumeAt: 0);
        await client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(data[100_000..], "sdk.mp4"), resume: true, finalChunk: true, resumeAt: 100_000);
        var entry = await client.Media.AddAsync(new MediaEntry { Name = "via sdk", MediaType = MediaType.VIDEO });
        var attached = await client.Media.AddContentAsync(entry.Id!, new UploadedFileTokenResource { Token = token.Id });
        Assert.Equal(EntryStatus.PRECONVERT, attached.Status);

        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(EntryStatus.READY, (await client.Media.GetAsync(entry.Id!)).Status);
        Assert.Equal(UploadTokenStatus.CLOSED, (await client.UploadToken.GetAsync(token.Id!)).Status);

        var flavors = await client.FlavorAsset.ListAsync(new AssetFilter { EntryIdEqual = entry.Id });
        var original = Assert.Single(flavors.Objects!, f => f.IsOriginal == true);
        var url = await client.FlavorAsset.GetUrlAsync(original.Id!);
        using var http = simulator.CreateHttpClient();
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(await http.GetByteArrayAsync(url)));
    }

    [Fact]
    public async Task ErrorsSurfaceAsKalturaApiExceptions()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Media.GetAsync("0_missing"));
        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Equal("0_missing", error.Args["ENTRY_ID"]);
    }
}
