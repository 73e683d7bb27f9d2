using System.Globalization;

namespace KalturaGen.Simulator.Wire;

/// <summary>PHP's <c>ksort</c> order: integer keys numerically, before other keys, which sort ordinally.</summary>
internal sealed class PhpKeyComparer : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static readonly PhpKeyComparer Instance = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        var xIsInt = long.TryParse(x, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var xi);
        var yIsInt = long.TryParse(y, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yi);
        if (xIsInt && yIsInt)
        {
            return xi.CompareTo(yi);
        }

        if (xIsInt != yIsInt)
        {
            return xIsInt ? -1 : 1;
        }

        return string.CompareOrdinal(x, y);
    }
}
