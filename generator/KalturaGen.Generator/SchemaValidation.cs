using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KalturaGen.Generator.Model;
using KalturaGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator;

/// <summary>
/// The generator's own parsing and validation, for tools that write schemas (<c>kalturagen schema import</c>): a
/// schema without errors here is one the generator generates from. The diagnostics are the ones a build reports
/// (KGEN ids, located in the schema text).
/// </summary>
public static class SchemaValidation
{
    /// <summary>
    /// Parses and validates <paramref name="text"/> as the schema file <paramref name="path"/>, generating nothing;
    /// returns every diagnostic, errors first.
    /// </summary>
    public static ImmutableArray<Diagnostic> Validate(string path, string text, CancellationToken cancellationToken = default)
    {
        var result = SchemaParser.Parse(new SchemaInput(path, text, SchemaInputReader.DefaultNamespace), cancellationToken);
        return [.. result.Diagnostics.Select(d => d.ToDiagnostic()).OrderByDescending(d => d.Severity)];
    }
}
