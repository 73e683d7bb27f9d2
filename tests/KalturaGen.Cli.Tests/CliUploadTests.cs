namespace KalturaGen.Cli.Tests;

/// <summary>The upload command end to end, as a user runs it.</summary>
public sealed class CliUploadTests
{
    [Fact]
    public async Task UploadWithoutServiceUrlUsesTheInProcessSimulatorAndVerifiesTheBytes()
    {
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(300_000, seed: 3));
        var data = folder.File("notes.txt", TestData.Bytes(5_000, seed: 4));

        using var cli = CliProcess.Start(folder.Path, "upload", video, data, "--chunk-size", "64K");
        var exitCode = await cli.WaitForExitAsync();

        var output = string.Join('\n', cli.Output.Concat(cli.Errors));
        Assert.True(exitCode == 0, output);
        Assert.Contains(cli.Output, line => line.StartsWith("clip.mp4  entry ", StringComparison.Ordinal) && line.EndsWith("READY", StringComparison.Ordinal));
        Assert.Contains(cli.Output, line => line.Contains($"sha256 local  {TestData.Sha256(video)}  match"));
        Assert.Contains(cli.Output, line => line.Contains($"sha256 local  {TestData.Sha256(data)}  match"));
        Assert.Contains(cli.Output, line => line.StartsWith("clip.mp4: uploading", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingFileFailsWithOneLineReason()
    {
        using var folder = new TempFolder();

        using var cli = CliProcess.Start(folder.Path, "upload", Path.Combine(folder.Path, "nope.mp4"));
        var exitCode = await cli.WaitForExitAsync();

        Assert.Equal(2, exitCode);
        var error = Assert.Single(cli.Errors);
        Assert.StartsWith("error: Nothing to upload at", error);
    }

    [Fact]
    public async Task RemoteServiceWithoutSecretIsRejected()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.mp4", TestData.Bytes(10));

        using var cli = CliProcess.Start(folder.Path, "upload", file, "--service-url", "http://127.0.0.1:9", "--partner-id", "100");
        var exitCode = await cli.WaitForExitAsync();

        Assert.Equal(2, exitCode);
        Assert.Equal("error: --admin-secret, --admin-secret-file (or KALTURA_ADMIN_SECRET) is required with --service-url.", Assert.Single(cli.Errors));
    }
}
