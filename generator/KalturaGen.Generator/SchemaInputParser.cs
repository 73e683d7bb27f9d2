using System;
using System.IO;
using System.Linq;
using System.Threading;
using KalturaGen.Generator.Model;
using KalturaGen.Schema;
using KalturaGen.Schema.Parsing;

namespace KalturaGen.Generator;

/// <summary>Reads a schema input with the shared schema reader and adds what only generation checks: the namespace.</summary>
internal static class SchemaInputParser
{
    public static ParseResult Parse(SchemaInput input, CancellationToken cancellationToken)
    {
        var result = SchemaParser.Parse(input.Path, input.Text, cancellationToken);
        var diagnostics = result.Diagnostics;
        if (!Identifiers.IsValidNamespace(input.Namespace))
        {
            var place = new SourceLocation(input.Path, 0, 0, 0, 0, 0, 0);
            var invalid = new SchemaDiagnostic(SchemaDiagnosticKinds.InvalidIdentifier, place, new[] { input.Namespace, "the generated namespace" }.ToEquatableArray());
            diagnostics = new[] { invalid }.Concat(diagnostics).ToEquatableArray();
        }

        var model = result.Model is { } schema && !diagnostics.Any(d => d.IsError)
            ? new GenerationModel(new OutputContext(input.Namespace, StemOf(input.Path)), schema)
            : null;
        return new ParseResult(model, diagnostics);
    }

    /// <summary>The file name without <see cref="SchemaParser.FileSuffix"/>, used in hint names (characters a hint name cannot hold become '_').</summary>
    public static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        var stem = name.EndsWith(SchemaParser.FileSuffix, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - SchemaParser.FileSuffix.Length) : name;
        return new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
    }
}
