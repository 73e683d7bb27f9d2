using System.Globalization;
using KalturaGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Tests.Diagnostics;

/// <summary>Runs bad schemas and checks each diagnostic's id, message and place in the schema file.</summary>
internal static class DiagnosticAssert
{
    /// <summary>A schema document with the given sections' contents.</summary>
    public static string SchemaText(string definitions = "", string services = "", string errors = "") => $$"""
        {
          "info": { "title": "Test API", "apiVersion": "1.0" },
          "definitions": {
        {{definitions}}
          },
          "services": {
        {{services}}
          },
          "errors": {
        {{errors}}
          }
        }
        """;

    /// <summary>Runs the generator and returns every diagnostic it reported.</summary>
    public static GeneratorRun Run(string schema) => GeneratorHarness.Run(schema);

    /// <summary>
    /// Asserts the run reported exactly one diagnostic, with this id and message, spanning exactly
    /// <paramref name="spanText"/> (its <paramref name="occurrence"/>-th appearance in the schema).
    /// </summary>
    public static Diagnostic Single(string schema, string id, string message, string spanText, int occurrence = 1)
    {
        var run = Run(schema);
        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, schema, id, message, spanText, occurrence);
        return diagnostic;
    }

    /// <summary>Asserts one diagnostic's id, message, file, span and line/column.</summary>
    public static void At(Diagnostic diagnostic, string schema, string id, string message, string spanText, int occurrence = 1)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var start = IndexOf(schema, spanText, occurrence);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(spanText, schema.Substring(span.Start, span.Length));
        Assert.Equal(start, span.Start);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.DefaultPath, lineSpan.Path);
        var before = schema[..start];
        Assert.Equal(before.Count(c => c == '\n'), lineSpan.StartLinePosition.Line);
        Assert.Equal(start - (before.LastIndexOf('\n') + 1), lineSpan.StartLinePosition.Character);
    }

    private static int IndexOf(string text, string value, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{value}' occurs fewer than {occurrence} times in the schema");
        }

        return index;
    }
}
