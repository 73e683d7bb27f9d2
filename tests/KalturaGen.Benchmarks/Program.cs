using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using KalturaGen.Benchmarks.Memory;
using KalturaGen.Benchmarks.Reporting;

namespace KalturaGen.Benchmarks;

/// <summary>
/// Entry point. <c>--memory [MiB]</c> runs the simulator memory check (2048 MiB by default);
/// <c>--declarations-only GENERATED OUT</c> writes the whole-API lower bound (<see cref="Generator.DeclarationsOnly"/>); <c>--smoke</c> runs
/// every benchmark once (BenchmarkDotNet's Dry job) to prove they work; anything else goes to BenchmarkDotNet's
/// switcher, with the ShortRun job unless <c>--job</c> names another. See docs/benchmarks.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--memory")
        {
            var mebibytes = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2048;
            return await SimulatorMemoryCheck.RunAsync(mebibytes * 1024 * 1024);
        }

        if (args.Length == 3 && args[0] == "--declarations-only")
        {
            return Generator.DeclarationsOnly.Run(args[1], args[2]);
        }

        var smoke = args.Contains("--smoke");
        var rest = args.Where(a => a != "--smoke").ToList();
        IConfig config = DefaultConfig.Instance.AddColumn(new MebibytesPerSecondColumn());
        if (smoke)
        {
            config = config.AddJob(Job.Dry.WithId("Smoke"));
            if (!rest.Contains("--filter"))
            {
                rest.AddRange(["--filter", "*"]);
            }
        }
        else if (!rest.Contains("--job") && !rest.Contains("-j"))
        {
            config = config.AddJob(Job.ShortRun);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
