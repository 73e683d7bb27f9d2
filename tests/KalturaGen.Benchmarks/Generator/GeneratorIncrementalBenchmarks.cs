using BenchmarkDotNet.Attributes;
using KalturaGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>
/// The generator on the ingestion schema through <see cref="CSharpGeneratorDriver"/>, as the compiler runs it:
/// a cold run (new driver: parse and emit everything), a second run over unchanged input (every step cached; what
/// each keystroke elsewhere in the project costs), a run after editing one class's description (one file
/// re-emitted) and a run after a whitespace-only edit (the schema is parsed again into an equal model, nothing is
/// emitted: the parse cost alone). Each run gets a fresh compilation, as an edit to any C# file would give.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private readonly ISourceGenerator _generator = new KalturaGenerator().AsSourceGenerator();
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _reindented = null!;
    private GeneratorDriver _primed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = IngestionSchemaInput.ReadText();
        const string Before = "\"description\": \"Page size and page index of a list.\"";
        var edited = json.Replace(Before, "\"description\": \"Page size and page index of a list (pages count from 1).\"", StringComparison.Ordinal);
        if (edited == json)
        {
            throw new InvalidOperationException($"The schema no longer contains {Before}; pick another one-class edit.");
        }

        _compilation = CSharpCompilation.Create("KalturaGen.Client");
        _original = IngestionSchemaInput.Text(json);
        _edited = IngestionSchemaInput.Text(edited);
        _reindented = IngestionSchemaInput.Text(json.Replace("\n", "\n  ", StringComparison.Ordinal));
        _primed = NewDriver().RunGenerators(_compilation);
        var result = _primed.GetRunResult();
        if (result.GeneratedTrees.Length < 100 || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"The cold run gave {result.GeneratedTrees.Length} files and {result.Diagnostics.Length} diagnostics.");
        }

        Console.WriteLine($"// The ingestion schema generates {result.GeneratedTrees.Length} files.");
    }

    [Benchmark(Baseline = true, Description = "Cold run")]
    public int Cold() => Count(NewDriver().RunGenerators((CSharpCompilation)_compilation.Clone()));

    [Benchmark(Description = "Cached second run")]
    public int Cached() => Count(_primed.RunGenerators((CSharpCompilation)_compilation.Clone()));

    [Benchmark(Description = "One-class edit")]
    public int OneClassEdit() => Count(_primed.ReplaceAdditionalText(_original, _edited).RunGenerators((CSharpCompilation)_compilation.Clone()));

    [Benchmark(Description = "Whitespace edit")]
    public int WhitespaceEdit() => Count(_primed.ReplaceAdditionalText(_original, _reindented).RunGenerators((CSharpCompilation)_compilation.Clone()));

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [_generator],
        additionalTexts: [_original],
        parseOptions: _parseOptions,
        optionsProvider: IngestionSchemaInput.Options(),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static int Count(GeneratorDriver driver) => driver.GetRunResult().GeneratedTrees.Length;
}
