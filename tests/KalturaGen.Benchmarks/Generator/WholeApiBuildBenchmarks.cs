using BenchmarkDotNet.Attributes;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>
/// What an SDK maintainer waits for after a Kaltura release: <c>kalturagen schema import</c> of the whole API 3.1.1
/// (../shared/fixtures/KalturaClient-3.1.1.xml), then the build of a consumer project that generates the SDK from
/// the result and compiles it. The baseline runs the same import and build with the generator of a pinned earlier
/// commit (<see cref="BaselineGenerator.Commit"/>, before the generated code was made leaner), built from that
/// commit's sources, so the two emitters' output is timed side by side in one run. Each iteration rebuilds the
/// consumer (<c>--no-incremental</c>) with a warm compiler server of the run's own (<see cref="CompilerServer"/>); the
/// runtime it references is built once, by this project's build. The floor is the same import and build of a
/// consumer with no generator: what no generated code can take away (MSBuild, references, an empty compilation).
/// The declarations are the current output with every body taken out, compiled as the consumer's own sources: what
/// any typed SDK with this surface costs to compile, with no behaviour at all.
/// </summary>
[InvocationCount(1)]
public class WholeApiBuildBenchmarks
{
    private WholeApiConsumer _baseline = null!;
    private WholeApiConsumer _current = null!;
    private WholeApiConsumer _floor = null!;
    private WholeApiConsumer _declarations = null!;
    private const int WarmUpRounds = 4;
    private CompilerServer _server = null!;

    [GlobalSetup]
    public void Setup()
    {
        var work = Directory.CreateTempSubdirectory("kalturagen-wholeapi-bench-").FullName;
        var baselineGenerator = BaselineGenerator.Build(Path.Combine(work, "baseline-generator"));
        _baseline = WholeApiConsumer.Create(Path.Combine(work, "baseline"), baselineGenerator);
        _current = WholeApiConsumer.Create(Path.Combine(work, "current"), BenchPaths.Generator);
        _floor = WholeApiConsumer.Create(Path.Combine(work, "floor"), generator: null);
        _server = new CompilerServer(work);
        foreach (var (name, consumer) in new[] { ("Baseline (pinned commit)", _baseline), ("Current", _current) })
        {
            Console.WriteLine($"// {name}: {consumer.CountGeneratedLines()}");
        }

        _declarations = WholeApiConsumer.CreateDeclarations(Path.Combine(work, "declarations"), _current);

        // The compiler server keeps getting faster over its first builds (its own JIT): warm it on all four,
        // alternating, so that no method's iterations pay more of that than another's.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            _baseline.ImportAndBuild(_server);
            _current.ImportAndBuild(_server);
            _floor.ImportAndBuild(_server);
            _declarations.ImportAndBuild(_server);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var work = Path.GetDirectoryName(_current.Folder)!;
        _server.Shutdown();
        Directory.Delete(work, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Import + generate + build, baseline emitter")]
    public void Baseline() => _baseline.ImportAndBuild(_server);

    [Benchmark(Description = "Import + generate + build, current emitter")]
    public void Current() => _current.ImportAndBuild(_server);

    [Benchmark(Description = "Import + build with nothing generated (floor)")]
    public void Floor() => _floor.ImportAndBuild(_server);

    [Benchmark(Description = "Import + build of the current output's declarations only (lower bound)")]
    public void Declarations() => _declarations.ImportAndBuild(_server);
}
