using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// The HTTP body of a legacy call (<c>KalturaRequestBody</c> of commit 9fe97c4, multirequest left out): a JSON object
/// with <c>format: 1</c>, the session and client configuration and the parameters (re-parsed from the request's
/// buffer and copied); multipart/form-data with that JSON in a part named <c>json</c> plus one part per file.
/// </summary>
internal static class LegacyRequestBody
{
    /// <summary>The JSON body of a single call: common members (unless a parameter has the name), then the parameters.</summary>
    public static ReadOnlyMemory<byte> Single(LegacyConnection connection, LegacyRequest request)
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

    /// <summary>The HTTP content: JSON alone, or multipart with the JSON part first and the files after it.</summary>
    public static HttpContent CreateContent(ReadOnlyMemory<byte> json, IEnumerable<KeyValuePair<string, LegacyFile>> files)
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

    private static void WriteCommon(Utf8JsonWriter writer, LegacyConnection connection, HashSet<string> taken)
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
