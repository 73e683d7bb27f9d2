using System.Globalization;
using System.Text;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The server's XML serializer: <c>&lt;xml&gt;&lt;result&gt;…&lt;/result&gt;&lt;executionTime&gt;…&lt;/executionTime&gt;&lt;/xml&gt;</c>,
/// <c>objectType</c> first in each object, every declared property written (empty when null unless
/// <c>ignoreNull=1</c>), array items as <c>&lt;item&gt;</c>, booleans as 1/0.
/// </summary>
internal static class XmlResponseWriter
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result>";

    /// <summary>Writes one result.</summary>
    public static byte[] Write(Shaped result, bool ignoreNull, double executionSeconds)
    {
        var builder = new StringBuilder(Header);
        WriteValue(builder, result, ignoreNull);
        return Finish(builder, executionSeconds);
    }

    /// <summary>Writes the results of a multirequest, each in an <c>&lt;item&gt;</c>.</summary>
    public static byte[] WriteMany(IEnumerable<Shaped> results, bool ignoreNull, double executionSeconds)
    {
        var builder = new StringBuilder(Header);
        foreach (var result in results)
        {
            builder.Append("<item>");
            WriteValue(builder, result, ignoreNull);
            builder.Append("</item>");
        }

        return Finish(builder, executionSeconds);
    }

    private static byte[] Finish(StringBuilder builder, double executionSeconds)
    {
        builder.Append("</result><executionTime>")
            .Append(executionSeconds.ToString("0.################", CultureInfo.InvariantCulture))
            .Append("</executionTime></xml>");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void WriteValue(StringBuilder builder, Shaped value, bool ignoreNull)
    {
        switch (value)
        {
            case ShapedNull:
                break;
            case ShapedString s:
                builder.Append(Encode(s.Value));
                break;
            case ShapedInt i:
                builder.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case ShapedFloat f:
                builder.Append(WireValues.FormatDouble(f.Value));
                break;
            case ShapedBool b:
                builder.Append(b.Value ? '1' : '0');
                break;
            case ShapedArray array:
                foreach (var item in array.Items)
                {
                    builder.Append("<item>");
                    WriteValue(builder, item, ignoreNull);
                    builder.Append("</item>");
                }

                break;
            case ShapedMap map:
                foreach (var (key, item) in map.Entries)
                {
                    builder.Append("<item key=\"").Append(Encode(key)).Append("\">");
                    WriteValue(builder, item, ignoreNull);
                    builder.Append("</item>");
                }

                break;
            case ShapedObject obj:
                builder.Append("<objectType>").Append(obj.ClassName).Append("</objectType>");
                foreach (var (name, member) in obj.Properties)
                {
                    if (ignoreNull && member is ShapedNull)
                    {
                        continue;
                    }

                    builder.Append('<').Append(name).Append('>');
                    WriteValue(builder, member, ignoreNull);
                    builder.Append("</").Append(name).Append('>');
                }

                break;
            case ShapedError error:
                builder.Append("<error><code>").Append(Encode(error.Error.Code)).Append("</code><message>")
                    .Append(Encode(error.Error.Message)).Append("</message><objectType>KalturaAPIException</objectType><args>");
                foreach (var (name, argValue) in error.Error.Args)
                {
                    // KalturaXmlSerializer::writeKalturaAPIExceptionArgsTag hardcodes this spelling, unlike the exception's own class.
                    builder.Append("<item><objectType>KalturaApiExceptionArg</objectType><name>").Append(Encode(name))
                        .Append("</name><value>").Append(Encode(argValue)).Append("</value></item>");
                }

                builder.Append("</args></error>");
                break;
        }
    }

    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#039;", StringComparison.Ordinal);
}
