using System;
using System.Text;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Builds C# text with an indentation level: multi-line strings are re-indented line by line, so emitters can
/// write raw string literals at column zero and place them at the current depth.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes each line of <paramref name="text"/> at the current indentation (blank lines stay empty).</summary>
    public SourceWriter WriteLine(string text = "")
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0)
            {
                for (var i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }
            }

            _builder.Append(trimmed).Append('\n');
        }

        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter OpenBlock()
    {
        WriteLine("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> plus an optional suffix (<c>;</c>, <c>)</c>).</summary>
    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        return WriteLine("}" + suffix);
    }

    /// <summary>Writes <c>/// &lt;summary&gt;</c> docs from plain text (escaped, one <c>///</c> line per text line).</summary>
    public SourceWriter WriteSummary(string text) => WriteDoc("summary", Docs.Escape(text));

    /// <summary>Writes one XML doc element around <paramref name="xml"/>, which must already be valid doc XML.</summary>
    public SourceWriter WriteDoc(string element, string xml, string attributes = "")
    {
        var lines = xml.Split('\n');
        if (lines.Length == 1)
        {
            return WriteLine($"/// <{element}{attributes}>{lines[0]}</{element}>");
        }

        WriteLine($"/// <{element}{attributes}>");
        foreach (var line in lines)
        {
            WriteLine("/// " + line.TrimEnd('\r'));
        }

        return WriteLine($"/// </{element}>");
    }

    public override string ToString() => _builder.ToString();
}
