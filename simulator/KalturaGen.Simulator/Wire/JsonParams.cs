using System.Globalization;
using System.Text.Json;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// Turns a JSON body into parameters the way PHP's <c>json_decode(..., true)</c> feeds the server:
/// objects and lists become arrays (lists keyed 0..n-1), scalars become their PHP string casts.
/// </summary>
public static class JsonParams
{
    /// <summary>Parses a JSON object; null when the text is not a JSON object.</summary>
    public static ParamNode? TryParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return document.RootElement.ValueKind == JsonValueKind.Object ? Convert(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ParamNode Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = ParamNode.NewArray();
                foreach (var property in element.EnumerateObject())
                {
                    obj.Set(property.Name, Convert(property.Value));
                }

                return obj;
            case JsonValueKind.Array:
                var list = ParamNode.NewArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    list.Set((index++).ToString(CultureInfo.InvariantCulture), Convert(item));
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

    // PHP keeps integers as ints and prints floats with up to 17 significant digits.
    private static string NumberText(JsonElement element) =>
        element.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture)
        : element.GetDouble().ToString("R", CultureInfo.InvariantCulture);
}
