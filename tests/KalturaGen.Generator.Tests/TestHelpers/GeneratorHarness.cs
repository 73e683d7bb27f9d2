using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Tests.TestHelpers;

/// <summary>Runs the generator over in-memory schemas the way the compiler does, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public const string DefaultPath = "/schemas/sample.kgen.json";
    public const string DefaultNamespace = "Sample.Client";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The options the generator sees: <c>KalturaGenNamespace</c> metadata on the schema file.</summary>
    public static TestAnalyzerConfigOptionsProvider Options(string? fileNamespace = DefaultNamespace, string? rootNamespace = null) => new(
        rootNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace },
        fileNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KalturaGenNamespace"] = fileNamespace });

    /// <summary>A compilation holding <paramref name="sources"/> (code using the generated SDK), with every reference it needs.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "GeneratedSdk",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    /// <summary>Latest C#, with XML documentation comments checked (so missing or broken docs show as warnings).</summary>
    private static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A driver over one schema file, tracking incremental steps.</summary>
    public static GeneratorDriver Driver(AdditionalText schema, TestAnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            [new KalturaGenerator().AsSourceGenerator()],
            additionalTexts: [schema],
            parseOptions: ParseOptions,
            optionsProvider: options ?? Options(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over <paramref name="schemaJson"/>.</summary>
    public static GeneratorRun Run(string schemaJson, string path = DefaultPath, TestAnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = Compilation();
        var driver = Driver(new InMemoryAdditionalText(path, schemaJson), options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, driver.GetRunResult(), output);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths.Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(p => MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>One generator run: the driver (for a second run), its result and the compilation with the generated code.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output)
{
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Errors and warnings of compiling the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();
}
