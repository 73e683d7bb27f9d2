namespace KalturaGen.Schema.Parsing;

/// <summary>A range of chars in the schema text: start offset and length.</summary>
internal readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>The end offset (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);
}
