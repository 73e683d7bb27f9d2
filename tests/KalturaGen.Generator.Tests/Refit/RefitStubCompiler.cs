using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using KalturaGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Tests.Refit;

/// <summary>
/// Builds two assemblies from the same generated SDK: one with our Refit implementations, one where Refit's own
/// source generator (InterfaceStubGeneratorV2, from the Refit package) implements the emitted interfaces instead.
/// </summary>
internal static class RefitStubCompiler
{
    private const string OurImplementations = ".RefitImplementation.";
    private const string OurRegistration = ".RefitRegistration.";

    /// <summary>The generated SDK compiled with our implementations.</summary>
    public static Assembly WithOurImplementations(GeneratorRun run) =>
        Emit(Compile("GuardrailOurs", run.Sources.Values.Select(Parse)));

    /// <summary>The generated SDK without our implementations, compiled with Refit's generator over its interfaces.</summary>
    public static (Assembly Assembly, IReadOnlyList<Diagnostic> GeneratorDiagnostics, IReadOnlyList<string> StubFiles) WithRefitStubs(GeneratorRun run)
    {
        var sources = run.Sources
            .Where(s => !s.Key.Contains(OurImplementations, StringComparison.Ordinal) && !s.Key.Contains(OurRegistration, StringComparison.Ordinal))
            .Select(s => Parse(s.Value));
        var generator = LoadRefitGenerator();
        var compilation = Compile("GuardrailRefit", sources);
        var driver = CSharpGeneratorDriver.Create([generator], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var stubFiles = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList();
        return (Emit(output), diagnostics, stubFiles);
    }

    /// <summary>As the SDK compiles for net10.0: Refit's stubs register themselves only under <c>NET5_0_OR_GREATER</c>.</summary>
    private static CSharpParseOptions ParseOptions { get; } = new(
        LanguageVersion.Latest,
        preprocessorSymbols: ["NET", "NET10_0", "NETCOREAPP", .. Enumerable.Range(5, 6).Select(v => $"NET{v}_0_OR_GREATER")]);

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions);

    private static CSharpCompilation Compile(string name, IEnumerable<SyntaxTree> sources) =>
        GeneratorHarness.Compilation().AddSyntaxTrees(sources).WithAssemblyName(name)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static Assembly Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success)
        {
            throw new InvalidOperationException($"{compilation.AssemblyName} does not compile:\n" + string.Join("\n", errors.Take(20)));
        }

        image.Position = 0;
        var assembly = new AssemblyLoadContext(compilation.AssemblyName).LoadFromStream(image);

        // Both assemblies register their implementations with Refit from a module initializer: run it now.
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return assembly;
    }

    private static ISourceGenerator LoadRefitGenerator()
    {
        var path = typeof(RefitStubCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RefitGenerator").Value!;
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttribute<GeneratorAttribute>() is not null);
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}
