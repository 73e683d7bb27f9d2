using System.Globalization;

namespace KalturaGen.Simulator.Wire;

/// <summary>Conversions between the value kinds a <see cref="WireObject"/> holds.</summary>
internal static class WireValues
{
    /// <summary>The value as text, as PHP's string cast would print it.</summary>
    public static string? AsString(object? value) => value switch
    {
        null or NullField => null,
        string s => s,
        bool b => b ? "1" : "",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        _ => value.ToString(),
    };

    /// <summary>The value as an integer, or null.</summary>
    public static long? AsLong(object? value) => value switch
    {
        null or NullField => null,
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        double d => double.IsFinite(d) ? (long)Math.Clamp(d, long.MinValue, long.MaxValue) : 0,
        string s => PhpCasts.ToInt(s),
        _ => null,
    };

    /// <summary>The value as a float, or null.</summary>
    public static double? AsDouble(object? value) => value switch
    {
        null or NullField => null,
        double d => d,
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        string s => PhpCasts.ToFloat(s),
        _ => null,
    };

    /// <summary>A float printed as PHP prints it: whole numbers without a fraction.</summary>
    public static string FormatDouble(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
