namespace KalturaGen.Schema;

/// <summary>
/// A place in a schema file: char offset and length, and the zero-based line and column of both ends (lines
/// break where Roslyn's do). It lives only in <see cref="SchemaDiagnostic"/>, never in the model, so moving text
/// around does not change the model.
/// </summary>
public sealed record SourceLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The end offset (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>The place as editors show it: <c>path(line,column)</c>, one-based.</summary>
    public override string ToString() => $"{FilePath}({StartLine + 1},{StartColumn + 1})";
}
