using System.Globalization;

namespace KalturaGen.Cli.Commands;

/// <summary>Parses sizes such as <c>5242880</c>, <c>512K</c>, <c>8M</c> or <c>1G</c> (binary multiples).</summary>
internal static class ByteSizeParser
{
    public static int Parse(string text)
    {
        var trimmed = text.Trim();
        var multiplier = char.ToUpperInvariant(trimmed.LastOrDefault()) switch
        {
            'K' => 1024L,
            'M' => 1024L * 1024,
            'G' => 1024L * 1024 * 1024,
            _ => 1L,
        };
        var digits = multiplier == 1 ? trimmed : trimmed[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number * multiplier > int.MaxValue)
        {
            throw new CliInputException($"'{text}' is not a chunk size: use bytes or a number with K, M or G (at most 2G), e.g. 8M.");
        }

        return (int)(number * multiplier);
    }
}
