using System.Globalization;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// PHP's scalar casts as the server's <c>castSimpleType</c> applies them: <c>(int)"12abc"</c> is 12,
/// <c>(int)"abc"</c> is 0, overflow saturates, and a bool is false only for "", "0" and "false" (any case).
/// </summary>
internal static class PhpCasts
{
    /// <summary>PHP's <c>(int)</c> of a string.</summary>
    public static long ToInt(string text)
    {
        var number = LeadingNumber(text);
        if (number.Length == 0)
        {
            return 0;
        }

        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            if (double.IsNaN(real))
            {
                return 0;
            }

            return real >= long.MaxValue ? long.MaxValue : real <= long.MinValue ? long.MinValue : (long)real;
        }

        return 0;
    }

    /// <summary>PHP's <c>(float)</c> of a string.</summary>
    public static double ToFloat(string text)
    {
        var number = LeadingNumber(text);
        return number.Length > 0 && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>The server's bool cast: "false" in any case is false, otherwise PHP truthiness.</summary>
    public static bool ToBool(string text) =>
        !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) && text.Length > 0 && text != "0";

    /// <summary>PHP truthiness of a string property (<c>if ($value)</c>): null, "" and "0" are false.</summary>
    public static bool IsTruthy(string? text) => text is { Length: > 0 } && text != "0";

    /// <summary>Whether the text is a plain integer, as PHP's loose enum comparison needs it.</summary>
    public static bool IsInteger(string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    // The longest prefix (after leading whitespace) that reads as a decimal number.
    private static string LeadingNumber(string text)
    {
        var span = text.AsSpan().TrimStart(" \t\n\r\v\f");
        var end = 0;
        if (end < span.Length && span[end] is '+' or '-')
        {
            end++;
        }

        var digitsStart = end;
        while (end < span.Length && char.IsAsciiDigit(span[end]))
        {
            end++;
        }

        if (end < span.Length && span[end] == '.')
        {
            end++;
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                end++;
            }
        }

        if (end == digitsStart || (end == digitsStart + 1 && span[digitsStart] == '.'))
        {
            return "";
        }

        if (end < span.Length && span[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < span.Length && span[exponent] is '+' or '-')
            {
                exponent++;
            }

            var expDigits = exponent;
            while (exponent < span.Length && char.IsAsciiDigit(span[exponent]))
            {
                exponent++;
            }

            if (exponent > expDigits)
            {
                end = exponent;
            }
        }

        return span[..end].ToString();
    }
}
