using System.Text.RegularExpressions;
using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Wire;

/// <summary>The <c>format</c> request parameter.</summary>
internal enum ResponseFormat
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

/// <summary>The serializer a request asked for: its format, and for JSONP the (validated) callback.</summary>
/// <param name="Format">The format.</param>
/// <param name="Callback">The JSONP callback; null for other formats.</param>
internal sealed record ResponseSerializer(ResponseFormat Format, string? Callback);

/// <summary>
/// The server's <c>setSerializerByFormat</c>, which runs before dispatch: an unknown format is
/// UNKNOWN_RESPONSE_FORMAT; JSONP (<c>KalturaJsonProcSerializer</c>) needs <c>$_GET["callback"]</c> (the query string
/// only), MANDATORY_PARAMETER_MISSING without it, and INVALID_FIELD_VALUE unless it matches <c>^[0-9_a-zA-Z.]*$</c>
/// (the server's check against script injection).
/// </summary>
internal static partial class ResponseFormats
{
    /// <summary>The serializer for the request's <c>format</c> (absent means XML) and query string; throws the server's error.</summary>
    public static ResponseSerializer Resolve(ParamNode parameters, ParamNode query)
    {
        var format = parameters.Get("format") is not { } node ? ResponseFormat.Xml : node.AsText() switch
        {
            "1" => ResponseFormat.Json,
            "2" => ResponseFormat.Xml,
            "3" => ResponseFormat.Php,
            "9" => ResponseFormat.Jsonp,
            var unknown => throw new ApiException("UNKNOWN_RESPONSE_FORMAT", unknown),
        };
        if (format != ResponseFormat.Jsonp)
        {
            return new ResponseSerializer(format, null);
        }

        return query.Get("callback") switch
        {
            null => throw new ApiException("MANDATORY_PARAMETER_MISSING", "callback"),
            { Scalar: { } callback } when AllowedCallback().IsMatch(callback) => new ResponseSerializer(format, callback),
            _ => throw new ApiException("INVALID_FIELD_VALUE", "callback"),
        };
    }

    [GeneratedRegex("^[0-9_a-zA-Z.]*$")]
    private static partial Regex AllowedCallback();
}
