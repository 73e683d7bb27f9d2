using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits a match of a UTF-8 span against known texts: a switch on the span's length, then a byte comparison per
/// text of that length, so generated readers match names and values without building strings.
/// </summary>
internal static class Utf8Switch
{
    /// <summary>
    /// Writes the match of <paramref name="span"/> (an expression of type <c>ReadOnlySpan&lt;byte&gt;</c>); each case's
    /// statements must leave the method (return). Control falls through after the switch when nothing matched.
    /// </summary>
    public static void Write(SourceWriter writer, string span, IReadOnlyList<(string Text, IReadOnlyList<string> Statements)> cases)
    {
        if (cases.Count == 0)
        {
            return;
        }

        writer.WriteLine($"switch ({span}.Length)");
        writer.OpenBlock();
        foreach (var group in cases.GroupBy(c => Encoding.UTF8.GetByteCount(c.Text)).OrderBy(g => g.Key))
        {
            writer.WriteLine($"case {group.Key}:");
            foreach (var (text, statements) in group)
            {
                // One line per text: the generated readers of a whole API hold thousands of these.
                writer.WriteLine($"    if (global::System.MemoryExtensions.SequenceEqual({span}, {SymbolDisplay.FormatLiteral(text, quote: true)}u8)) {{ {string.Join(" ", statements)} }}");
            }

            writer.WriteLine("    break;");
        }

        writer.CloseBlock();
        writer.WriteLine();
    }
}
