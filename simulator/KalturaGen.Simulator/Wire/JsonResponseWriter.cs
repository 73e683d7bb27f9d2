using System.Text.Encodings.Web;
using System.Text.Json;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The server's JSON serializer: the bare result, null properties dropped, <c>objectType</c> last,
/// errors as <c>{code, message, objectType, args}</c> with <c>args</c> an empty array when there are none.
/// </summary>
internal static class JsonResponseWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one result.</summary>
    public static byte[] Write(Shaped result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteValue(writer, result);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the results of a multirequest as a JSON array.</summary>
    public static byte[] WriteMany(IEnumerable<Shaped> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                WriteValue(writer, result);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, Shaped value)
    {
        switch (value)
        {
            case ShapedNull:
                writer.WriteNullValue();
                break;
            case ShapedString s:
                writer.WriteStringValue(s.Value);
                break;
            case ShapedInt i:
                writer.WriteNumberValue(i.Value);
                break;
            case ShapedFloat f:
                writer.WriteNumberValue(f.Value);
                break;
            case ShapedBool b:
                writer.WriteBooleanValue(b.Value);
                break;
            case ShapedArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ShapedMap map:
                WriteMembers(writer, map.Entries, objectType: null);
                break;
            case ShapedObject obj:
                WriteMembers(writer, obj.Properties, obj.ClassName);
                break;
            case ShapedError error:
                WriteError(writer, error.Error);
                break;
        }
    }

    private static void WriteMembers(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, Shaped>> members, string? objectType)
    {
        var present = members.Where(m => m.Value is not ShapedNull).ToList();
        if (present.Count == 0 && objectType is null)
        {
            // An empty PHP array encodes as [].
            writer.WriteStartArray();
            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var (name, member) in present)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, member);
        }

        if (objectType is not null)
        {
            writer.WriteString("objectType", objectType);
        }

        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, Errors.ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteString("objectType", "KalturaAPIException");
        writer.WritePropertyName("args");
        if (error.Args.Count == 0)
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartObject();
            foreach (var (name, argValue) in error.Args)
            {
                writer.WriteString(name, argValue);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
