using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The parameters of one HTTP request, merged as the server's <c>getRequestParams</c> does:
/// <c>array_replace_recursive(body, files, query + path pairs)</c>. Owns the request's temporary files: every
/// file part is deleted when the request ends unless a handler took it, including parts that a later part or a
/// URL parameter of the same name replaced.
/// </summary>
internal sealed class WireRequest : IDisposable
{
    /// <summary>
    /// Where a file part may go instead of a temporary file: given the part's field name, the URL's parameters, the
    /// fields read so far and the <c>json</c> field if any, a placement in a token's file, or null.
    /// </summary>
    public delegate ValueTask<Storage.PlacedChunk?> FilePlacer(string name, ParamNode url, ParamNode fields, string? jsonField, CancellationToken cancellationToken);

    private readonly IReadOnlyList<UploadedFilePart> _parts;

    private WireRequest(ParamNode parameters, ParamNode query, IReadOnlyList<UploadedFilePart> parts)
    {
        Parameters = parameters;
        Query = query;
        _parts = parts;
    }

    /// <summary>All parameters (top-level keys are not yet split on ':').</summary>
    public ParamNode Parameters { get; }

    /// <summary>The query string alone, as PHP's <c>$_GET</c>.</summary>
    public ParamNode Query { get; }

    /// <summary>
    /// Reads an HTTP request. Malformed bodies yield what could be read; a body or parameters beyond
    /// <paramref name="limits"/> throw an <see cref="Errors.ApiException"/> (nothing past the limit is read or
    /// kept); a body whose transfer fails throws <see cref="BodyReadException"/>.
    /// </summary>
    public static Task<WireRequest> ReadAsync(HttpRequest request, string tempDirectory, SimulatorLimits limits, CancellationToken cancellationToken) =>
        ReadAsync(request, tempDirectory, limits, null, cancellationToken);

    /// <summary>
    /// Reads an HTTP request as <see cref="ReadAsync(HttpRequest, string, SimulatorLimits, CancellationToken)"/>, offering
    /// each multipart file part to <paramref name="placer"/>, which also sees the URL's parameters.
    /// </summary>
    public static async Task<WireRequest> ReadAsync(HttpRequest request, string tempDirectory, SimulatorLimits limits, FilePlacer? placer, CancellationToken cancellationToken)
    {
        // The URL first: it is short (Kestrel bounds the request line), and a bad one fails before the body is read.
        var query = ParamNode.NewArray();
        PhpFormKeys.ParseUrlEncoded(query, request.QueryString.HasValue ? request.QueryString.Value![1..] : "", limits);
        var url = query.Clone();
        foreach (var (key, value) in PathParams.Read(request.Path.Value ?? ""))
        {
            url.Set(key, ParamNode.Of(value)); // path pairs override the query string
        }

        var body = ParamNode.NewArray();
        var files = ParamNode.NewArray();
        IReadOnlyList<UploadedFilePart> parts = [];
        var lowered = (request.ContentType ?? "").ToLowerInvariant();
        try
        {
            if (lowered == "application/json")
            {
                // QUIRK (reproduced): only the exact content type counts; "application/json; charset=utf-8"
                // falls through to $_POST, which PHP leaves empty for a JSON body.
                var json = (await ReadBodyAsync(request, limits, cancellationToken)).AsMemory().Trim(" \t\n\r\v\0"u8);
                if (json.Span.StartsWith("{"u8) && json.Span.EndsWith("}"u8))
                {
                    body = JsonParams.TryParseObject(json, limits) ?? ParamNode.NewArray();
                }
            }
            else if (lowered.StartsWith("multipart/form-data", StringComparison.Ordinal))
            {
                MultipartParams.FilePlacer? place = placer is null ? null : (name, fields, json, token) => placer(name, url, fields, json, token);
                var multipart = await MultipartParams.ReadAsync(request.Body, request.ContentType!, tempDirectory, limits, place, cancellationToken);
                parts = multipart.Parts;
                files = multipart.Files;
                body = multipart.JsonField is { } json
                    ? JsonParams.TryParseObject(json.Trim(), limits) ?? ParamNode.NewArray()
                    : multipart.Fields;
            }
            else if (lowered.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
            {
                PhpFormKeys.ParseUrlEncoded(body, await ReadBodyAsync(request, limits, cancellationToken), limits);
            }
        }
        catch
        {
            Delete(parts);
            throw;
        }

        body.ReplaceRecursive(files);
        body.ReplaceRecursive(url);
        return new WireRequest(body, query, parts);
    }

    /// <inheritdoc/>
    public void Dispose() => Delete(_parts);

    private static void Delete(IReadOnlyList<UploadedFilePart> parts)
    {
        foreach (var part in parts)
        {
            part.Delete();
        }
    }

    // A form or JSON body, read whole up to the limit: a longer one is refused, never cut.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, SimulatorLimits limits, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            throw InputLimits.BodyTooLarge(limits);
        }

        try
        {
            if (request.ContentLength is { } length)
            {
                // The declared length, read into one array (no growing copies of a large body).
                var exact = new byte[length];
                var read = await request.Body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
                return read == exact.Length ? exact : exact[..read];
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int count;
            while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + count > limits.MaxBodyBytes)
                {
                    throw InputLimits.BodyTooLarge(limits);
                }

                buffer.Write(chunk, 0, count);
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
            throw new BodyReadException(ex);
        }
    }
}
