using System.Net;
using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>
/// The <c>...WithResponseAsync</c> methods answer Refit's <see cref="ApiResponse{T}"/>: the result with its HTTP status
/// and headers, an HTTP failure in <see cref="ApiResponse{T}.Error"/>, and a Kaltura error thrown (an ApiResponse can
/// only hold an <see cref="ApiException"/>).
/// </summary>
public class ApiResponseTests
{
    [Fact]
    public async Task ASuccessAnswersStatus200WithTheResult()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var media = SimulatorRefit.For<IMediaApi>(simulator);

        using var response = await media.AddWithResponseAsync(new MediaAddParameters { Entry = new MediaEntry { Name = "wrapped", MediaType = MediaType.VIDEO } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.IsSuccessful);
        Assert.Null(response.Error);
        Assert.Equal("application/json", response.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("wrapped", response.Content!.Name);
        Assert.Equal(EntryStatus.NO_CONTENT, response.Content.Status);
        Assert.Equal(response.Content.Id, Assert.Single(await simulator.Admin.GetEntriesAsync()).Id);
    }

    [Fact]
    public async Task AMultipartCallAnswersStatus200WithTheResult()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var tokens = SimulatorRefit.For<IUploadTokenApi>(simulator);
        var token = await tokens.AddAsync(new UploadTokenAddParameters());

        using var response = await tokens.UploadWithResponseAsync(new UploadTokenUploadParameters { UploadTokenId = token.Id! }, KalturaFile.FromBytes("abc"u8.ToArray(), "a.mp4"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Error);
        Assert.Equal(3, response.Content!.UploadedFileSize);
        Assert.Equal(UploadTokenStatus.FULL_UPLOAD, response.Content.Status);
    }

    [Fact]
    public async Task AKalturaErrorIsThrownAsKalturaApiException()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var media = SimulatorRefit.For<IMediaApi>(simulator);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => media.GetWithResponseAsync(new MediaGetParameters { EntryId = "0_missing" }));

        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Equal("0_missing", error.Args["ENTRY_ID"]);
    }

    [Fact]
    public async Task AKalturaErrorOfAMultipartCallIsThrownAsKalturaApiException()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var tokens = SimulatorRefit.For<IUploadTokenApi>(simulator);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() =>
            tokens.UploadWithResponseAsync(new UploadTokenUploadParameters { UploadTokenId = "0_missing" }, KalturaFile.FromBytes("abc"u8.ToArray(), "a.mp4")));

        Assert.Equal("UPLOAD_TOKEN_NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task AnHttpFailureIsHeldInErrorAsRefitsApiException()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        simulator.Admin.AddFault(new FaultRule { Target = "media.get", Kind = FaultKind.HttpError, StatusCode = 503 });
        var media = SimulatorRefit.For<IMediaApi>(simulator);

        using var response = await media.GetWithResponseAsync(new MediaGetParameters { EntryId = "0_any" });
        var thrown = await Assert.ThrowsAsync<ApiException>(() => media.GetAsync(new MediaGetParameters { EntryId = "0_any" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(response.IsSuccessful);
        Assert.Null(response.Content);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.IsType<ApiException>(response.Error).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, thrown.StatusCode);
    }
}
