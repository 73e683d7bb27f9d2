using System.Security.Cryptography;
using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Runtime.Sessions;
using KalturaGen.Simulator;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>A whole ingestion through the generated Refit interfaces alone: no KalturaClient anywhere.</summary>
public class RefitIngestionFlowTests
{
    [Fact]
    public async Task SessionUploadAndConversionRunThroughTheRefitInterfacesAlone()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var connection = new KalturaConnection(SimulatorRefit.Options(simulator, ks: null), KalturaClient.SchemaApiVersion);
        var settings = SimulatorRefit.Settings(connection);
        using var http = simulator.CreateHttpClient();
        var session = RestService.For<ISessionApi>(http, settings);
        var tokens = RestService.For<IUploadTokenApi>(http, settings);
        var media = RestService.For<IMediaApi>(http, settings);
        var data = new byte[300_000];
        new Random(7).NextBytes(data);

        var withoutKs = await Assert.ThrowsAsync<KalturaApiException>(() => tokens.AddAsync(new UploadTokenAddParameters()));
        Assert.Equal("SERVICE_FORBIDDEN", withoutKs.Code);

        var ks = await session.StartAsync(new SessionStartParameters
        {
            Secret = SimulatorDefaults.AdminSecret,
            Type = SessionType.ADMIN,
            PartnerId = SimulatorDefaults.PartnerId,
        });
        Assert.True(KalturaSession.TryParse(ks, SimulatorDefaults.AdminSecret, out var info), $"not a KS of the partner: {ks}");
        Assert.Equal(SimulatorDefaults.PartnerId, info!.PartnerId);
        Assert.True(info.IsAdmin);
        connection.Ks = ks;

        var token = await tokens.AddAsync(new UploadTokenAddParameters { UploadToken = new UploadToken { FileName = "refit.mp4", FileSize = data.Length } });
        Assert.Equal(UploadTokenStatus.PENDING, token.Status);
        var uploaded = await tokens.UploadAsync(
            new UploadTokenUploadParameters { UploadTokenId = token.Id!, Resume = false, FinalChunk = true, ResumeAt = 0 },
            KalturaFile.FromBytes(data, "refit.mp4", "video/mp4"));
        Assert.Equal(UploadTokenStatus.FULL_UPLOAD, uploaded.Status);
        Assert.Equal(data.Length, uploaded.UploadedFileSize);

        var entry = await media.AddAsync(new MediaAddParameters { Entry = new MediaEntry { Name = "through refit", MediaType = MediaType.VIDEO } });
        Assert.Equal(EntryStatus.NO_CONTENT, entry.Status);
        var attached = await media.AddContentAsync(new MediaAddContentParameters { EntryId = entry.Id!, Resource = new UploadedFileTokenResource { Token = token.Id } });
        Assert.Equal(EntryStatus.PRECONVERT, attached.Status);

        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var ready = await media.GetAsync(new MediaGetParameters { EntryId = entry.Id! });

        Assert.Equal(EntryStatus.READY, ready.Status);
        Assert.Equal("through refit", ready.Name);
        var original = Assert.Single(await simulator.Admin.GetAssetsAsync(entry.Id), a => a.IsOriginal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), original.Sha256);
        var upload = Assert.Single(simulator.Admin.Journal.For("uploadtoken", "upload"));
        var file = Assert.Single(upload.Files);
        Assert.Equal(("fileData", "refit.mp4", data.LongLength), (file.Parameter, file.FileName, file.Size));
    }
}
