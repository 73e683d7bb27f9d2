using System.Net.Http.Headers;
using System.Text;

namespace KalturaGen.Generator.Tests.Refit;

/// <summary>
/// Everything a request puts on the wire, plus Refit's request properties, as one comparable text. A multipart
/// boundary is replaced by <c>BOUNDARY</c> (Refit's stub uses the attribute's fixed one, ours a fresh one).
/// </summary>
internal sealed record RecordedRequest(string Text)
{
    private const string Mask = "BOUNDARY";

    public static async Task<RecordedRequest> ReadAsync(HttpRequestMessage request)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(request.RequestUri).Append(" HTTP/").Append(request.Version).Append(' ').Append(request.VersionPolicy).Append('\n');
        AppendHeaders(text, request.Headers);
        foreach (var option in new[] { global::Refit.HttpRequestMessageOptions.MethodName, global::Refit.HttpRequestMessageOptions.RelativePathTemplate, global::Refit.HttpRequestMessageOptions.InterfaceType })
        {
            if (request.Options.TryGetValue(new HttpRequestOptionsKey<object?>(option), out var value))
            {
                text.Append(option).Append(" = ").Append(value is Type type ? type.FullName : value).Append('\n');
            }
        }

        var boundary = request.Content?.Headers.ContentType?.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"');
        var body = string.Empty;
        if (request.Content is { } content)
        {
            AppendHeaders(text, content.Headers);
            body = Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync());

            // The length as it would be with the masked boundary, so the two lengths still have to agree.
            var occurrences = string.IsNullOrEmpty(boundary) ? 0 : body.Split(boundary).Length - 1;
            var length = content.Headers.ContentLength - (occurrences * (boundary?.Length ?? 0)) + (occurrences * Mask.Length);
            text.Append("Content-Length (computed, boundary masked): ").Append(length).Append('\n');
        }

        var all = text.Append('\n').Append(body).ToString();
        return new RecordedRequest(string.IsNullOrEmpty(boundary) ? all : all.Replace(boundary, Mask, StringComparison.Ordinal));
    }

    private static void AppendHeaders(StringBuilder text, HttpHeaders headers)
    {
        foreach (var header in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append('\n');
        }
    }
}
