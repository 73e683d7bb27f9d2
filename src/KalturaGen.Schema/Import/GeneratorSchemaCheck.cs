using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KalturaGen.Schema.Parsing;

namespace KalturaGen.Schema.Import;

/// <summary>A problem the generator finds in a schema: its KGEN id, where (file, line, column, JSON path) and what.</summary>
/// <param name="Id">The diagnostic id (<c>KGEN015</c>).</param>
/// <param name="IsError">True when the generator would generate nothing from the schema.</param>
/// <param name="Text">The diagnostic as a build prints it, followed by its JSON path.</param>
internal sealed record GeneratorProblem(string Id, bool IsError, string Text);

/// <summary>
/// Runs the schema reader and validation the generator itself compiles (KalturaGen.Schema's <see cref="SchemaParser"/>)
/// over the text the import is about to write, so that a schema the generator would reject is never written.
/// </summary>
internal static class GeneratorSchemaCheck
{
    /// <summary>The generator's diagnostics for <paramref name="text"/> as the file <paramref name="path"/>, errors first.</summary>
    public static IReadOnlyList<GeneratorProblem> Run(string path, string text, CancellationToken cancellationToken = default) =>
        [.. SchemaParser.Parse(path, text, cancellationToken).Diagnostics
            .OrderByDescending(d => d.IsError)
            .Select(d => new GeneratorProblem(d.Id, d.IsError, $"{d} (at {PathOf(text, d)})"))];

    private static string PathOf(string text, SchemaDiagnostic diagnostic) =>
        JsonPathLocator.PathAt(text, diagnostic.Location.Start) is { Length: > 0 } path ? path : "the document";
}
