using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>The repository's ingestion schema as the compiler hands it to the generator: an AdditionalFile plus its metadata.</summary>
public static class IngestionSchemaInput
{
    /// <summary>The path the schema is given under (its extension is what the generator selects on).</summary>
    public const string VirtualPath = "/repo/schema/kaltura-ingestion.kgen.json";

    /// <summary>The schema text, found by walking up from the running assembly to the repository root.</summary>
    public static string ReadText()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schema", "kaltura-ingestion.kgen.json");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException($"schema/kaltura-ingestion.kgen.json was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>A schema file held in memory.</summary>
    public static AdditionalText Text(string json) => new InMemoryText(VirtualPath, SourceText.From(json));

    /// <summary>The options KalturaGen.Client's build gives the schema: its <c>KalturaGenNamespace</c> metadata.</summary>
    public static AnalyzerConfigOptionsProvider Options() => new NamespaceOptions("KalturaGen.Client");

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class NamespaceOptions(string ns) : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _empty = new Values(null);
        private readonly AnalyzerConfigOptions _file = new Values(ns);

        public override AnalyzerConfigOptions GlobalOptions => _empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
    }

    private sealed class Values(string? ns) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "build_metadata.AdditionalFiles.KalturaGenNamespace" ? ns : null;
            return value is not null;
        }
    }
}
