using System.Threading;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KalturaGen.Generator;

/// <summary>Reads a schema AdditionalFile and the namespace it generates into.</summary>
internal static class SchemaInputReader
{
    /// <summary>Namespace when neither the file metadata nor the project names one.</summary>
    public const string DefaultNamespace = "KalturaGen.Generated";

    public static bool IsSchema(AdditionalText file) =>
        file.Path.EndsWith(Schema.Parsing.SchemaParser.FileSuffix, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The namespace comes from the file's <c>KalturaGenNamespace</c> metadata, else the project's RootNamespace.
    /// </summary>
    public static SchemaInput Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var ns = options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.KalturaGenNamespace", out var fromFile)
            && !string.IsNullOrWhiteSpace(fromFile)
            ? fromFile
            : options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root)
                ? root
                : DefaultNamespace;
        return new SchemaInput(file.Path, text, ns.Trim());
    }
}
