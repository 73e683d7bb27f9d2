using System.Diagnostics;

namespace KalturaGen.Simulator.Tests.Curl;

/// <summary>Runs when bash, curl and jq are on the PATH (the seed's own flows need all three).</summary>
public sealed class RequiresCurlFactAttribute : FactAttribute
{
    /// <summary>Skips with the reason when a tool is missing.</summary>
    public RequiresCurlFactAttribute()
    {
        var missing = new[] { "bash", "curl", "jq" }.Where(tool => !OnPath(tool)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"Needs {string.Join(", ", missing)} on the PATH to run the seed's curl flows.";
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}

/// <summary>The curl flows of seed 003 (§4, §5, §12, §13), verbatim, against a Kestrel simulator.</summary>
public sealed class SeedCurlFlowTests
{
    [RequiresCurlFact]
    public async Task GuideFlowsRunVerbatim()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.Features.Add(PartnerFeatures.EntryReplacementApproval);
        await using var simulator = await KalturaSimulator.StartKestrelAsync(options: new SimulatorOptions
        {
            Partners = [partner],
            ConversionTime = TimeSpan.Zero, // READY on the first poll, so the guide's poll loop never sleeps
        });
        var work = Directory.CreateTempSubdirectory("kalturagen-curl-");
        try
        {
            var script = Path.Combine(AppContext.BaseDirectory, "Curl", "seed-003-flows.sh");
            var start = new ProcessStartInfo("bash", [script, $"{simulator.BaseAddress.ToString().TrimEnd('/')}/api_v3", work.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await output}\n{await errors}");
            Assert.Contains("ALL SEED FLOWS PASSED", await output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
