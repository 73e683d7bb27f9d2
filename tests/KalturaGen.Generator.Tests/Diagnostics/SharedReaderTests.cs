using KalturaGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Tests.Diagnostics;

/// <summary>
/// The schema reader is shared source with no Roslyn dependency: its identifier rule and its diagnostic kinds must
/// say exactly what the compiler's own rule and the generator's descriptors say.
/// </summary>
public sealed class SharedReaderTests
{
    [Fact]
    public void TheIdentifierRuleIsTheCompilersForEveryChar()
    {
        var differences = new List<string>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var name in new[] { c.ToString(), "a" + c })
            {
                if (Schema.Identifiers.IsValid(name) != SyntaxFacts.IsValidIdentifier(name))
                {
                    differences.Add($"U+{(int)c:X4} in '{name}'");
                }
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void EveryKindHasADescriptorWithItsIdTitleMessageAndSeverity()
    {
        foreach (var kind in Schema.SchemaDiagnosticKinds.All)
        {
            var descriptor = DiagnosticDescriptors.For(kind);

            Assert.Equal(kind.Id, descriptor.Id);
            Assert.Equal(kind.Title, descriptor.Title.ToString());
            Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(kind.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public void LinesBreakWhereTheCompilersDo()
    {
        // CR LF, CR, LF, and a line separator inside a string: four line breaks before the bad value.
        const string schema = "{\r\n  \"definitions\": {\r    \"KalturaA\": { \"description\": \"x\u2028y\", \"type\": \"object\", \"allOf\": 3 }\n}\n}";
        var diagnostic = Assert.Single(TestHelpers.GeneratorHarness.Run(schema).Diagnostics);
        var expected = Microsoft.CodeAnalysis.Text.SourceText.From(schema).Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan);

        Assert.Equal("3", schema.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(expected, diagnostic.Location.GetLineSpan().Span);
        Assert.Equal(3, expected.Start.Line);
    }
}
