using KalturaGen.Simulator.Faults;

namespace KalturaGen.Cli.Tests;

/// <summary>
/// The upload command compares the SHA-256 of the bytes the server offers with the local file's. It waits for them
/// within --verify-timeout (on the clock), retries what fails transiently, and when it still has not verified them it
/// says so and exits 1, unless --no-verify.
/// </summary>
public sealed class CliVerificationTests
{
    [Fact]
    public async Task DownloadFailuresThatPassAreRetriedAndTheBytesVerified()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(200_000, seed: 5));
        var data = folder.File("notes.txt", TestData.Bytes(3_000, seed: 6));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "flavorAsset.list", Kind = FaultKind.KalturaError, ErrorCode = "INTERNAL_SERVERL_ERROR", FirstCalls = 2 });
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "flavorAsset.getUrl", Kind = FaultKind.HttpError, StatusCode = 502, FirstCalls = 1 });
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "data.serve", Kind = FaultKind.AbortResponse, FirstCalls = 1 });
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "data.serve", Kind = FaultKind.KalturaError, ErrorCode = "INTERNAL_SERVERL_ERROR", FirstCalls = 1 });

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, data, "--chunk-size", "64K");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"sha256 local  {TestData.Sha256(video)}  match", output);
        Assert.Contains($"sha256 local  {TestData.Sha256(data)}  match", output);
    }

    [Fact]
    public async Task AnImageWhichHasNoFlavorsIsVerifiedByTheEntrysDownloadUrl()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var image = folder.File("photo.jpg", TestData.Bytes(70_000, seed: 4));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", image, "--chunk-size", "64K");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"sha256 local  {TestData.Sha256(image)}  match", output);
    }

    [Fact]
    public async Task WithNoWaitTheCommandWaitsForTheServerToOfferTheBytes()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(150_000, seed: 7));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--chunk-size", "64K", "--no-wait");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"sha256 local  {TestData.Sha256(video)}  match", output);
    }

    [Fact]
    public async Task BytesNeverOfferedFailTheCommandAfterTheVerifyTimeout()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(100_000, seed: 8));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "flavorAsset.getUrl", Kind = FaultKind.KalturaError, ErrorCode = "FLAVOR_ASSET_IS_NOT_READY" });
        var started = harness.Clock.GetUtcNow();

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--chunk-size", "64K", "--verify-timeout", "3m");

        Assert.Equal(1, exitCode);
        Assert.Contains("NOT VERIFIED", output);
        Assert.Contains("FLAVOR_ASSET_IS_NOT_READY", output);
        Assert.Contains("not verified", errors);
        Assert.Contains("--no-verify", errors);
        // It waited on the clock, within the bound.
        var getUrls = harness.Simulator.Admin.Journal.For("flavorAsset", "getUrl");
        Assert.True(getUrls.Count > 3, $"{getUrls.Count} getUrl calls");
        Assert.InRange(getUrls[^1].Time - getUrls[0].Time, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));
        Assert.True(harness.Clock.GetUtcNow() - started < TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task NoVerifyAcceptsUnverifiedBytesAndSaysSo()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(100_000, seed: 9));
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "flavorAsset.getUrl", Kind = FaultKind.KalturaError, ErrorCode = "FLAVOR_ASSET_IS_NOT_READY" });

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--chunk-size", "64K", "--no-verify");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"sha256 local  {TestData.Sha256(video)}  not verified (--no-verify)", output);
    }

    [Fact]
    public async Task AnEmptyFileIsNotMatchedByARefusedDownload()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt", []);
        harness.Simulator.Admin.AddFault(new FaultRule { Target = "data.serve", Kind = FaultKind.KalturaError, ErrorCode = "ENTRY_ID_NOT_FOUND", ErrorArgs = ["0_x"] });

        var (exitCode, output, _) = await InProcessCli.RunAsync(harness, "upload", empty);

        Assert.Equal(1, exitCode);
        Assert.Contains("NOT VERIFIED", output);
        Assert.DoesNotContain("match", output);
    }
}
