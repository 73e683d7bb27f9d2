using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Writes the HTTP body of a call the way Kaltura's own clients do: a JSON object with <c>format: 1</c>, the
/// session and client configuration, then the parameters. A multirequest is one call whose parameters are the calls (<see cref="KalturaMultiRequestParameters"/>);
/// file parameters travel as multipart parts beside it (see <see cref="KalturaRefitRunner"/>).
/// </summary>
internal static class KalturaRequestBody
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// The JSON body of a single call sent with <paramref name="ks"/>: common members (unless a parameter has the name),
    /// then the parameters.
    /// </summary>
    public static ReadOnlyMemory<byte> Single(KalturaConnection connection, KalturaParameters parameters, string? ks) => Write(writer =>
    {
        WriteCommon(writer, connection, parameters, ks);
        parameters.WriteParameters(writer);
    });

    /// <summary>
    /// The HTTP content of a JSON body, typed exactly <c>application/json</c>: the server compares the whole header,
    /// so a charset would make it ignore the body. Its length is known, so it is sent with a Content-Length.
    /// </summary>
    public static HttpContent Content(ReadOnlyMemory<byte> json)
    {
        var content = new ReadOnlyMemoryContent(json);
        content.Headers.ContentType = Json;
        return content;
    }

    private static void WriteCommon(Utf8JsonWriter writer, KalturaConnection connection, KalturaParameters? parameters, string? ks)
    {
        writer.WriteNumber("format", 1);
        if (ks is not null && parameters?.SendsParameter("ks") != true)
        {
            writer.WriteString("ks", ks);
        }

        if (connection.Options.PartnerId is { } partnerId && parameters?.SendsParameter("partnerId") != true)
        {
            writer.WriteNumber("partnerId", partnerId);
        }

        if (parameters?.SendsParameter("clientTag") != true)
        {
            writer.WriteString("clientTag", connection.Options.ClientTag);
        }

        if (connection.ApiVersion.Length > 0 && parameters?.SendsParameter("apiVersion") != true)
        {
            writer.WriteString("apiVersion", connection.ApiVersion);
        }
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
