using System.CommandLine;
using System.Text.Json;
using KalturaGen.Cli;
using KalturaGen.Cli.Connection;
using KalturaGen.Simulator;

namespace KalturaGen.Cli.Tests;

/// <summary>--quiet prints only the result lines; --json prints only a JSON document of the results.</summary>
public sealed class CliOutputModeTests
{
    [Fact]
    public async Task QuietUploadPrintsOnlyTheResultLines()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(200_000, seed: 7));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--chunk-size", "64K", "--quiet");

        Assert.True(exitCode == 0, output + errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches("^clip.mp4  entry \\S+  READY$", lines[0]);
        Assert.Equal($"sha256 local  {TestData.Sha256(video)}  match", lines[2]);
    }

    [Fact]
    public async Task JsonUploadPrintsOneDocumentWithEachFilesResult()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var folder = new TempFolder();
        var video = folder.File("clip.mp4", TestData.Bytes(200_000, seed: 8));

        var (exitCode, output, errors) = await InProcessCli.RunAsync(harness, "upload", video, "--chunk-size", "64K", "--json");

        Assert.True(exitCode == 0, output + errors);
        using var document = JsonDocument.Parse(output);
        var file = Assert.Single(document.RootElement.GetProperty("files").EnumerateArray());
        var entryId = file.GetProperty("entryId").GetString();
        var tokenId = file.GetProperty("tokenId").GetString();
        Assert.Equal(video, file.GetProperty("path").GetString());
        Assert.Equal("READY", file.GetProperty("entryStatus").GetString());
        Assert.Equal(200_000, file.GetProperty("bytes").GetInt64());
        Assert.Equal(TestData.Sha256(video), file.GetProperty("sha256Local").GetString());
        Assert.Equal(TestData.Sha256(video), file.GetProperty("sha256Server").GetString());
        Assert.True(file.GetProperty("verified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
        var entry = Assert.Single(await harness.Simulator.Admin.GetEntriesAsync());
        Assert.Equal(entry.Id, entryId);
        Assert.Equal(Assert.Single(await harness.Simulator.Admin.GetTokensAsync()).Id, tokenId);
    }

    [Fact]
    public async Task JsonStatusPrintsTheTokensState()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions { Clock = TimeProvider.System });
        var tokenId = await HalfUploadedToken.AddAsync(simulator);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApp.InvokeAsync(
            CliApp.CreateRootCommand(new CliHost(CliConnection.OpenAsync, TimeProvider.System)),
            ["status", tokenId, "--json", "--service-url", simulator.BaseAddress.ToString(), "--partner-id", "100", "--admin-secret", "simulator-admin-secret"],
            new InvocationConfiguration { Output = output, Error = errors },
            CancellationToken.None);

        Assert.True(exitCode == 0, output + errors.ToString());
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(tokenId, document.RootElement.GetProperty("tokenId").GetString());
        Assert.Equal("PARTIAL_UPLOAD", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("half.mp4", document.RootElement.GetProperty("fileName").GetString());
        Assert.Equal(2000, document.RootElement.GetProperty("fileSize").GetInt64());
        Assert.Equal(1200, document.RootElement.GetProperty("uploadedBytes").GetInt64());
    }
}
