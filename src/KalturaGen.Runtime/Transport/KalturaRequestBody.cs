using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Builds the HTTP body of a call the way Kaltura's own clients do: a JSON object with <c>format: 1</c>, the
/// session and client configuration and the parameters; multipart/form-data with that JSON in a part named
/// <c>json</c> plus one part per file when there are files.
/// </summary>
internal static class KalturaRequestBody
{
    /// <summary>The JSON body of a single call: common members (unless a parameter has the name), then the parameters.</summary>
    public static ReadOnlyMemory<byte> Single(KalturaConnection connection, KalturaRequest request)
    {
        using var parameters = JsonDocument.Parse(request.GetParamsJson());
        var names = parameters.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return Write(writer =>
        {
            WriteCommon(writer, connection, names);
            foreach (var parameter in parameters.RootElement.EnumerateObject())
            {
                parameter.WriteTo(writer);
            }
        });
    }

    /// <summary>The JSON body of a multirequest: common members, then each call under its 1-based index.</summary>
    public static ReadOnlyMemory<byte> Multi(KalturaConnection connection, IReadOnlyList<KalturaRequest> requests) => Write(writer =>
    {
        WriteCommon(writer, connection, new HashSet<string>(StringComparer.Ordinal));
        for (var i = 0; i < requests.Count; i++)
        {
            using var parameters = JsonDocument.Parse(requests[i].GetParamsJson());
            writer.WritePropertyName((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteStartObject();
            writer.WriteString("service", requests[i].Service);
            writer.WriteString("action", requests[i].Action);
            foreach (var parameter in parameters.RootElement.EnumerateObject())
            {
                parameter.WriteTo(writer);
            }

            writer.WriteEndObject();
        }
    });

    /// <summary>The HTTP content: JSON alone, or multipart with the JSON part first and the files after it.</summary>
    public static HttpContent CreateContent(ReadOnlyMemory<byte> json, IEnumerable<KeyValuePair<string, KalturaFile>> files)
    {
        var jsonContent = new ReadOnlyMemoryContent(json);
        var fileList = files.ToList();
        if (fileList.Count == 0)
        {
            // Exactly "application/json": the server compares the whole header, so a charset would make it ignore the body.
            jsonContent.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return jsonContent;
        }

        var multipart = new MultipartFormDataContent { { jsonContent, "json" } };
        foreach (var (name, file) in fileList)
        {
            multipart.Add(file.CreateContent(), name, file.FileName);
        }

        return multipart;
    }

    private static void WriteCommon(Utf8JsonWriter writer, KalturaConnection connection, HashSet<string> taken)
    {
        writer.WriteNumber("format", 1);
        if (connection.Ks is { } ks && !taken.Contains("ks"))
        {
            writer.WriteString("ks", ks);
        }

        if (connection.Options.PartnerId is { } partnerId && !taken.Contains("partnerId"))
        {
            writer.WriteNumber("partnerId", partnerId);
        }

        if (!taken.Contains("clientTag"))
        {
            writer.WriteString("clientTag", connection.Options.ClientTag);
        }

        if (connection.ApiVersion.Length > 0 && !taken.Contains("apiVersion"))
        {
            writer.WriteString("apiVersion", connection.ApiVersion);
        }
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
