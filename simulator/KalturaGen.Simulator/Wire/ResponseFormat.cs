namespace KalturaGen.Simulator.Wire;

/// <summary>The <c>format</c> request parameter.</summary>
public enum ResponseFormat
{
    /// <summary>format=1.</summary>
    Json = 1,
    /// <summary>format=2, and the default when format is absent.</summary>
    Xml = 2,
    /// <summary>format=3: PHP's serialize().</summary>
    Php = 3,
    /// <summary>format=9: JSON wrapped in a callback.</summary>
    Jsonp = 9,
}

/// <summary>Reads the format parameter.</summary>
public static class ResponseFormats
{
    /// <summary>The format named by the parameter (absent means XML); false for an unknown value.</summary>
    public static bool TryParse(ParamNode parameters, out ResponseFormat format)
    {
        format = ResponseFormat.Xml;
        if (parameters.Get("format") is not { } node)
        {
            return true;
        }

        switch (node.AsText())
        {
            case "1": format = ResponseFormat.Json; return true;
            case "2": format = ResponseFormat.Xml; return true;
            case "3": format = ResponseFormat.Php; return true;
            case "9": format = ResponseFormat.Jsonp; return true;
            default: return false;
        }
    }
}
