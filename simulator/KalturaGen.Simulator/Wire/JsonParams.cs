using System.Globalization;
using System.Text.Json;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// Turns a JSON body into parameters the way PHP's <c>json_decode(..., true)</c> feeds the server:
/// objects and lists become arrays (lists keyed 0..n-1), scalars become their PHP string casts.
/// Text json_decode rejects (malformed, or an unpaired UTF-16 surrogate) yields null, and the server then
/// ignores the body. Nesting beyond max_input_nesting_level and more than <see cref="SimulatorLimits.MaxJsonValues"/>
/// values are refused (<see cref="InputLimits"/>).
/// </summary>
internal static class JsonParams
{
    // The reader's depth check would fail deep input as malformed; depth is checked while converting, with its own error.
    private static readonly JsonDocumentOptions Unbounded = new() { MaxDepth = int.MaxValue };

    /// <summary>Parses a JSON object; null when the text is not one json_decode accepts.</summary>
    public static ParamNode? TryParseObject(string json, SimulatorLimits limits) =>
        TryParseObject(System.Text.Encoding.UTF8.GetBytes(json), limits);

    /// <summary>Parses a JSON object from UTF-8 bytes; null when they are not one json_decode accepts.</summary>
    public static ParamNode? TryParseObject(ReadOnlyMemory<byte> json, SimulatorLimits limits)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Unbounded);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            try
            {
                var values = 0;
                return Convert(document.RootElement, "", 0, ref values, limits);
            }
            catch (InvalidOperationException)
            {
                // An unpaired surrogate (\ud800) cannot be transcoded; json_decode fails on it too.
                return null;
            }
        }
    }

    private static ParamNode Convert(JsonElement element, string name, int level, ref int values, SimulatorLimits limits)
    {
        InputLimits.CheckVariables(++values, limits.MaxJsonValues);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                InputLimits.CheckNesting(name, level, limits);
                var obj = ParamNode.NewArray();
                foreach (var property in element.EnumerateObject())
                {
                    obj.Set(property.Name, Convert(property.Value, level == 0 ? property.Name : name, level + 1, ref values, limits));
                }

                return obj;
            case JsonValueKind.Array:
                InputLimits.CheckNesting(name, level, limits);
                var list = ParamNode.NewArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    list.Set((index++).ToString(CultureInfo.InvariantCulture), Convert(item, name, level + 1, ref values, limits));
                }

                return list;
            case JsonValueKind.String:
                return ParamNode.Of(element.GetString()!);
            case JsonValueKind.True:
                return ParamNode.Of("1");
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return ParamNode.Of("");
            default:
                return ParamNode.Of(NumberText(element));
        }
    }

    // PHP keeps integers as ints and prints floats with up to 17 significant digits. A number beyond the double
    // range decodes to INF; it keeps its own text, so that a float parameter casts it to INF (and refuses it) just
    // as it does the same number sent as a form field.
    private static string NumberText(JsonElement element)
    {
        if (element.TryGetInt64(out var whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }

        var real = element.GetDouble();
        return double.IsInfinity(real) ? element.GetRawText() : real.ToString("R", CultureInfo.InvariantCulture);
    }
}
