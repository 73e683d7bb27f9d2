using System.Globalization;
using System.Text;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// format=3: PHP's <c>serialize()</c> of the result, objects as <c>O:len:"Class":n:{…}</c> with every
/// declared property (nulls as <c>N;</c>) and errors as a KalturaAPIException object.
/// </summary>
internal static class PhpResponseWriter
{
    /// <summary>Writes one result.</summary>
    public static byte[] Write(Shaped result)
    {
        var builder = new StringBuilder();
        WriteValue(builder, result);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Writes the results of a multirequest as a PHP array.</summary>
    public static byte[] WriteMany(IReadOnlyList<Shaped> results)
    {
        var builder = new StringBuilder();
        builder.Append("a:").Append(results.Count).Append(":{");
        for (var i = 0; i < results.Count; i++)
        {
            builder.Append("i:").Append(i).Append(';');
            WriteValue(builder, results[i]);
        }

        builder.Append('}');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void WriteValue(StringBuilder builder, Shaped value)
    {
        switch (value)
        {
            case ShapedNull:
                builder.Append("N;");
                break;
            case ShapedString s:
                WriteString(builder, s.Value);
                break;
            case ShapedInt i:
                builder.Append("i:").Append(i.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
                break;
            case ShapedFloat f:
                builder.Append("d:").Append(f.Value.ToString("R", CultureInfo.InvariantCulture)).Append(';');
                break;
            case ShapedBool b:
                builder.Append("b:").Append(b.Value ? '1' : '0').Append(';');
                break;
            case ShapedArray array:
                builder.Append("a:").Append(array.Items.Count).Append(":{");
                for (var i = 0; i < array.Items.Count; i++)
                {
                    builder.Append("i:").Append(i).Append(';');
                    WriteValue(builder, array.Items[i]);
                }

                builder.Append('}');
                break;
            case ShapedMap map:
                builder.Append("a:").Append(map.Entries.Count).Append(":{");
                foreach (var (key, item) in map.Entries)
                {
                    WriteString(builder, key);
                    WriteValue(builder, item);
                }

                builder.Append('}');
                break;
            case ShapedObject obj:
                WriteObject(builder, obj.ClassName, obj.Properties);
                break;
            case ShapedError error:
                var args = new ShapedMap(error.Error.Args.Select(a => new KeyValuePair<string, Shaped>(a.Key, new ShapedString(a.Value))).ToList());
                WriteObject(builder, "KalturaAPIException",
                [
                    new("code", new ShapedString(error.Error.Code)),
                    new("message", new ShapedString(error.Error.Message)),
                    new("args", args),
                ]);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, string className, IReadOnlyList<KeyValuePair<string, Shaped>> properties)
    {
        builder.Append("O:").Append(Encoding.UTF8.GetByteCount(className)).Append(":\"").Append(className).Append("\":")
            .Append(properties.Count).Append(":{");
        foreach (var (name, member) in properties)
        {
            WriteString(builder, name);
            WriteValue(builder, member);
        }

        builder.Append('}');
    }

    private static void WriteString(StringBuilder builder, string text) =>
        builder.Append("s:").Append(Encoding.UTF8.GetByteCount(text)).Append(":\"").Append(text).Append("\";");
}
