using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// The line starts of a text, breaking lines where Roslyn's <c>SourceText</c> does (CR LF, CR, LF, NEL, LS, PS),
/// so a location computed here matches the one the compiler shows.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _ends = [];

    public LineMap(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                _ends.Add(i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _starts.Add(i + 1);
            }
        }

        _ends.Add(text.Length);
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of lines (a text that ends with a line break has an empty last line).</summary>
    public int Count => _starts.Count;

    /// <summary>The offset where line <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => _starts[line];

    /// <summary>The text of line <paramref name="line"/>, without its line break.</summary>
    public string LineText(int line) => Text.Substring(_starts[line], _ends[line] - _starts[line]);

    /// <summary>The zero-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _starts[line]);
    }

    /// <summary>The location of <paramref name="span"/> in <paramref name="filePath"/>.</summary>
    public SourceLocation Locate(string filePath, SourceSpan span)
    {
        var (startLine, startColumn) = Position(span.Start);
        var (endLine, endColumn) = Position(span.End);
        return new SourceLocation(filePath, span.Start, span.Length, startLine, startColumn, endLine, endColumn);
    }
}
