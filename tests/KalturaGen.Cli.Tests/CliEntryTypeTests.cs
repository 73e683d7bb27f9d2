using System.Text;

namespace KalturaGen.Cli.Tests;

/// <summary>The upload command decides each file's entry type before it sends a byte; --type overrides it.</summary>
public sealed class CliEntryTypeTests
{
    [Fact]
    public async Task AFileWhoseTypeItsExtensionDoesNotTellFailsBeforeAnyByteIsSent()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(1_000, seed: 1));
        var binary = folder.File("a.bin", TestData.Bytes(100_000, seed: 2));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, binary);

        Assert.Equal(2, exitCode);
        Assert.Contains("a.bin", errors);
        Assert.Contains("--type media|document|data", errors);
        Assert.DoesNotContain("FILE_TYPE_NOT_SUPPORTED", output + errors);
        Assert.Empty(await harness.Simulator.Admin.GetTokensAsync());
        Assert.Empty(await harness.Simulator.Admin.GetEntriesAsync());
    }

    [Theory]
    [InlineData("data")]
    [InlineData("DATA")]
    [InlineData("6")]
    public async Task TypeDataUploadsATextFileWithAnUnknownExtensionAsADataEntry(string type)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var notes = folder.File("notes.bin", Encoding.UTF8.GetBytes("plain text notes\n"));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", notes, "--type", type);

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal("KalturaDataEntry", Assert.Single(await harness.Simulator.Admin.GetEntriesAsync()).ClassName);
        Assert.Contains($"sha256 local  {TestData.Sha256(notes)}  match", output);
    }

    [Fact]
    public async Task AnUnknownTypeIsAParseError()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(1_000, seed: 1));

        var (exitCode, _, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--type", "movie");

        Assert.Equal(2, exitCode);
        Assert.Contains("--type 'movie' is not an entry type an upload creates: MEDIA_CLIP (media), DOCUMENT (document), DATA (data).", errors);
    }
}
