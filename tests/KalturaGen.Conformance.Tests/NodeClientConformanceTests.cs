using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using KalturaGen.Simulator;

namespace KalturaGen.Conformance.Tests;

/// <summary>Runs when node and the installed Node client are available.</summary>
public sealed class RequiresNodeClientFactAttribute : FactAttribute
{
    /// <summary>The folder holding package.json, script.js and node_modules.</summary>
    public static readonly string NodeDirectory = typeof(RequiresNodeClientFactAttribute).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NodeProjectDirectory").Value!;

    /// <summary>Skips with the reason when node or the kaltura-client package is missing.</summary>
    public RequiresNodeClientFactAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "node")));
        if (!onPath)
        {
            Skip = "Needs node on the PATH.";
        }
        else if (!File.Exists(Path.Combine(NodeDirectory, "node_modules", "kaltura-client", "package.json")))
        {
            Skip = $"Needs the Node client installed: run 'npm ci' in {NodeDirectory} (the build does it when npm can reach the registry).";
        }
    }
}

/// <summary>Kaltura's official Node client (npm kaltura-client) drives a simulator on a real port.</summary>
public sealed class NodeClientConformanceTests
{
    [RequiresNodeClientFact]
    public async Task OfficialNodeClientUploadsInChunksConvertsAndRunsAMultirequest()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync();
        var steps = await RunScriptAsync(simulator.BaseAddress.ToString().TrimEnd('/'), simulator.AdminToken);

        Assert.Equal("djJ8", steps["session.start"].GetProperty("ks").GetString());
        Assert.Equal(0, steps["uploadToken.add"].GetProperty("status").GetInt32());
        var uploads = steps.Where(s => s.Key.StartsWith("uploadToken.upload#", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        Assert.Equal([1, 1, 2], uploads.Select(u => u.GetProperty("status").GetInt32()).ToArray());
        Assert.Equal([65536L, 131072L, 3 * 65536L + 1234], uploads.Select(u => u.GetProperty("uploadedFileSize").GetInt64()).ToArray());
        Assert.Equal(7, steps["media.add"].GetProperty("status").GetInt32());
        Assert.Equal(1, steps["media.addContent"].GetProperty("status").GetInt32());
        Assert.Equal(2, steps["media.get"].GetProperty("status").GetInt32());
        Assert.Equal(3, steps["media.get"].GetProperty("tokenStatus").GetInt32());
        Assert.True(steps["flavorAsset.getUrl"].GetProperty("same").GetBoolean());

        var multi = steps["multirequest"];
        Assert.Equal(5, multi.GetProperty("count").GetInt32());
        Assert.Equal("KalturaUploadToken", multi.GetProperty("tokenObjectType").GetString());
        Assert.Equal(0, multi.GetProperty("entryStatus").GetInt32());
        Assert.Equal(2, multi.GetProperty("uploadStatus").GetInt32());
        Assert.Equal("ENTRY_ID_NOT_FOUND", multi.GetProperty("error").GetString());
        Assert.Equal(2, steps["multirequest.entry"].GetProperty("status").GetInt32());

        var journal = simulator.Admin.Journal.For("uploadtoken", "upload");
        Assert.Contains(journal, e => e.MultiRequestIndex == 4);
        Assert.Contains(journal, e => e.Parameters.GetValueOrDefault("resumeAt") == "131072" && e.Parameters.GetValueOrDefault("finalChunk") == "1");
    }

    private static async Task<Dictionary<string, JsonElement>> RunScriptAsync(string serviceUrl, string adminToken)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RequiresNodeClientFactAttribute.NodeDirectory, "script.js"), serviceUrl])
        {
            WorkingDirectory = RequiresNodeClientFactAttribute.NodeDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["KALTURAGEN_ADMIN_TOKEN"] = adminToken },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var text = await output;
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}\n{text}\n{await errors}");

        var steps = new Dictionary<string, JsonElement>();
        var uploads = 0;
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("{\"step\"", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(line);
            var step = document.RootElement.GetProperty("step").GetString()!;
            steps[step == "uploadToken.upload" ? $"{step}#{uploads++}" : step] = document.RootElement.Clone();
        }

        return steps;
    }
}
