using System.Text;
using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The parameters of one HTTP request, merged as the server's <c>getRequestParams</c> does:
/// <c>array_replace_recursive(body, files, query + path pairs)</c>. Owns the request's temporary files.
/// </summary>
public sealed class WireRequest : IDisposable
{
    private const int BodyTextLimit = 256 * 1024 * 1024;

    private WireRequest(ParamNode parameters, IReadOnlyList<UploadedFilePart> files)
    {
        Parameters = parameters;
        Files = files;
    }

    /// <summary>All parameters (top-level keys are not yet split on ':').</summary>
    public ParamNode Parameters { get; }

    /// <summary>Every file part of the request.</summary>
    public IReadOnlyList<UploadedFilePart> Files { get; }

    /// <summary>Reads an HTTP request; malformed bodies yield what could be read, never an exception.</summary>
    public static async Task<WireRequest> ReadAsync(HttpRequest request, string tempDirectory, CancellationToken cancellationToken)
    {
        var body = ParamNode.NewArray();
        var files = ParamNode.NewArray();
        var contentType = request.ContentType ?? "";
        var lowered = contentType.ToLowerInvariant();

        if (lowered == "application/json")
        {
            // QUIRK (reproduced): only the exact content type counts; "application/json; charset=utf-8"
            // falls through to $_POST, which PHP leaves empty for a JSON body.
            var text = (await ReadTextAsync(request.Body, cancellationToken)).Trim();
            if (text.StartsWith('{') && text.EndsWith('}'))
            {
                body = JsonParams.TryParseObject(text) ?? ParamNode.NewArray();
            }
        }
        else if (lowered.StartsWith("multipart/form-data", StringComparison.Ordinal))
        {
            var multipart = await MultipartParams.ReadAsync(request.Body, contentType, tempDirectory, cancellationToken);
            files = multipart.Files;
            body = multipart.JsonField is { } json
                ? JsonParams.TryParseObject(json.Trim()) ?? ParamNode.NewArray()
                : multipart.Fields;
        }
        else if (lowered.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            PhpFormKeys.ParseUrlEncoded(body, await ReadTextAsync(request.Body, cancellationToken));
        }

        var url = ParamNode.NewArray();
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        PhpFormKeys.ParseUrlEncoded(url, query);
        foreach (var (key, value) in PathParams.Read(request.Path.Value ?? ""))
        {
            url.Set(key, ParamNode.Of(value)); // path pairs override the query string
        }

        body.ReplaceRecursive(files);
        body.ReplaceRecursive(url);
        return new WireRequest(body, files.Files().ToList());
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var file in Files)
        {
            file.Delete();
        }
    }

    private static async Task<string> ReadTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length < BodyTextLimit)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
            // A truncated body is parsed as far as it arrived.
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
