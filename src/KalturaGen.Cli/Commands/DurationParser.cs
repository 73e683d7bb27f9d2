using System.Globalization;

namespace KalturaGen.Cli.Commands;

/// <summary>Parses durations such as <c>90s</c>, <c>5m</c>, <c>1h</c> or <c>00:05:00</c>.</summary>
internal static class DurationParser
{
    public static TimeSpan Parse(string text, string option)
    {
        var trimmed = text.Trim();
        var unit = char.ToLowerInvariant(trimmed.LastOrDefault()) switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            _ => TimeSpan.Zero,
        };
        if (unit != TimeSpan.Zero && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var count) && count >= 0)
        {
            return unit * count;
        }

        if (unit == TimeSpan.Zero && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        throw new CliInputException($"{option} '{text}' is not a duration: use seconds, minutes or hours, e.g. 90s, 5m, 1h.");
    }
}
