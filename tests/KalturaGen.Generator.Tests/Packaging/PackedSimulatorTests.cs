using System.Text.Json;
using System.Text.RegularExpressions;
using KalturaGen.Testing;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// The simulator as other test suites get it: the packed KalturaGen.Simulator, its SDK bridge and the SDK in a separate
/// xunit project that does what the package README shows; and the packed <c>kalturagen</c> tool, installed from the
/// feed, serving Kaltura's official Node client on a loopback port.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackedSimulatorTests(PackageFeedFixture feed)
{
    private static readonly string ReadmePath = Path.Combine(TestPaths.RepositoryRoot, "simulator", "KalturaGen.Simulator", "README.md");

    private string ToolPath => Path.Combine(feed.Root, "tools", OperatingSystem.IsWindows() ? "kalturagen.exe" : "kalturagen");

    [Fact]
    public async Task XunitSuiteUsesThePackedSimulatorAsAClassFixtureAsTheReadmeShows()
    {
        var readme = await File.ReadAllTextAsync(ReadmePath);
        var suite = feed.WriteProject(
            "SimulatorUser",
            ["KalturaGen.Simulator", "KalturaGen.Simulator.Client", "KalturaGen.Client"],
            ["Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio", "Microsoft.Extensions.DependencyInjection"],
            "<IsPackable>false</IsPackable>",
            ("IngestionTests.cs", FirstCSharpBlock(readme)));

        var output = await DotNetCli.RunAsync(suite, "test", "-c", "Release");

        Assert.Matches(new Regex(@"Failed:\s+0, Passed:\s+4, Skipped:\s+0, Total:\s+4"), output);
    }

    [Fact]
    public async Task InstalledToolHelpListsPartnersFeaturesConversionTimeAndFaults()
    {
        await InstallToolAsync();

        var help = await ProcessRunner.RunAsync(ToolPath, "serve", "--help");

        Assert.Contains("--Simulator:Partners:0:Id", help, StringComparison.Ordinal);
        Assert.Contains("--Simulator:Partners:0:Features:0", help, StringComparison.Ordinal);
        Assert.Contains("FEATURE_RECYCLE_BIN", help, StringComparison.Ordinal);
        Assert.Contains("--Simulator:ConversionTime", help, StringComparison.Ordinal);
        Assert.Contains("Faults (HttpError, Delay, AbortRequest, AbortResponse, KalturaError)", help, StringComparison.Ordinal);
    }

    [RequiresNodeFact]
    public async Task OfficialNodeClientDrivesTheInstalledToolThroughAnUploadToReady()
    {
        await InstallToolAsync();
        var nodeProject = Path.Combine(TestPaths.RepositoryRoot, "tests", "KalturaGen.Conformance.Tests", "node");
        if (!File.Exists(Path.Combine(nodeProject, "node_modules", "kaltura-client", "package.json")))
        {
            // The conformance project installs the pinned client when it builds; this test may run first.
            await ProcessRunner.RunAsync("npm", "ci", "--no-audit", "--no-fund", "--prefix", nodeProject);
        }

        await using var server = await SimulatorProcess.StartCommandAsync(ToolPath, ["serve"], "kalturagen-tool-", "--Simulator:ClockMode=manual");
        var steps = await RunNodeScriptAsync(nodeProject, server.BaseAddress.ToString().TrimEnd('/'), server.AdminToken);

        Assert.StartsWith("djJ8", steps["session.start"].GetProperty("ks").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, steps["uploadToken.upload#2"].GetProperty("status").GetInt32());
        Assert.Equal(2, steps["media.get"].GetProperty("status").GetInt32());
        Assert.True(steps["flavorAsset.getUrl"].GetProperty("same").GetBoolean());
        Assert.Equal(5, steps["multirequest"].GetProperty("count").GetInt32());
        Assert.Equal("ENTRY_ID_NOT_FOUND", steps["multirequest"].GetProperty("error").GetString());
    }

    private async Task InstallToolAsync()
    {
        if (!File.Exists(ToolPath))
        {
            await DotNetCli.RunAsync(
                feed.Root, "tool", "install", "kalturagen", "--tool-path", Path.Combine(feed.Root, "tools"), "--add-source", feed.Feed, "--version", feed.Version);
        }
    }

    /// <summary>The first <c>```csharp</c> block of a Markdown text.</summary>
    private static string FirstCSharpBlock(string markdown)
    {
        var match = Regex.Match(markdown, @"```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "The package README has no C# block.");
        return match.Groups["code"].Value;
    }

    /// <summary>Runs the conformance project's script.js against <paramref name="serviceUrl"/>; its JSON report lines by step.</summary>
    private static async Task<Dictionary<string, JsonElement>> RunNodeScriptAsync(string nodeProject, string serviceUrl, string adminToken)
    {
        var environment = new Dictionary<string, string> { ["KALTURAGEN_ADMIN_TOKEN"] = adminToken };
        var report = await ProcessRunner.RunAsync("node", environment, Path.Combine(nodeProject, "script.js"), serviceUrl);
        return report.Split('\n')
            .Where(line => line.StartsWith("{\"step\"", StringComparison.Ordinal))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .ToDictionary(StepKey);
    }

    // Each chunk upload reports the same step; its chunk number tells them apart.
    private static string StepKey(JsonElement step) => step.GetProperty("step").GetString() is "uploadToken.upload"
        ? "uploadToken.upload#" + step.GetProperty("chunk").GetInt32()
        : step.GetProperty("step").GetString()!;
}
