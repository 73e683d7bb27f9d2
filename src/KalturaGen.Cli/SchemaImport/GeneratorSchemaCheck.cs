using KalturaGen.Generator;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Cli.SchemaImport;

/// <summary>A problem the generator finds in a schema: its KGEN id, where (file, line, column, JSON path) and what.</summary>
/// <param name="Id">The diagnostic id (<c>KGEN015</c>).</param>
/// <param name="IsError">True when the generator would generate nothing from the schema.</param>
/// <param name="Text">The diagnostic as a build prints it, followed by its JSON path.</param>
public sealed record GeneratorProblem(string Id, bool IsError, string Text);

/// <summary>
/// Runs the generator's own parser and validation (<see cref="SchemaValidation"/>) over the text the import is about
/// to write, so that a schema the generator would reject is never written.
/// </summary>
public static class GeneratorSchemaCheck
{
    /// <summary>The generator's diagnostics for <paramref name="text"/> as the file <paramref name="path"/>, errors first.</summary>
    public static IReadOnlyList<GeneratorProblem> Run(string path, string text, CancellationToken cancellationToken = default) =>
        [.. SchemaValidation.Validate(path, text, cancellationToken).Select(d => new GeneratorProblem(
            d.Id,
            d.Severity == DiagnosticSeverity.Error,
            $"{d} (at {PathOf(text, d)})"))];

    private static string PathOf(string text, Diagnostic diagnostic) =>
        JsonPathLocator.PathAt(text, diagnostic.Location.SourceSpan.Start) is { Length: > 0 } path ? path : "the document";
}
