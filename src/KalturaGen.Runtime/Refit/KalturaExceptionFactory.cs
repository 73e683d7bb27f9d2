using System.Net.Http.Headers;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// Refit's exception factory for Kaltura. The server reports API errors with HTTP 200 and a
/// <c>KalturaAPIException</c> object, so every JSON answer is looked at: such an object becomes a
/// <see cref="KalturaApiException"/> (void actions too), and so do the error headers of a failed serve action
/// (<c>X-Kaltura: error- CODE</c>, no body). A non-success HTTP status is Refit's own <see cref="ApiException"/>.
/// Other answers typed as something else (files) pass untouched.
/// </summary>
internal static class KalturaExceptionFactory
{
    public static async ValueTask<Exception?> CreateAsync(HttpResponseMessage response, RefitSettings settings)
    {
        var request = response.RequestMessage;
        if (!response.IsSuccessStatusCode)
        {
            if (request is not null)
            {
                return await ApiException.Create(request, request.Method, response, settings).ConfigureAwait(false);
            }

            // Only a handler that builds responses by hand leaves RequestMessage unset; Refit's exception needs it.
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return new HttpRequestException(
                $"Kaltura answered with HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {KalturaJsonReader.Excerpt(text)}", null, response.StatusCode);
        }

        var content = response.Content;
        if (IsJson(content.Headers.ContentType))
        {
            // The result reader takes these bytes instead of copying the content again.
            var body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            KalturaResponseBodies.Remember(content, body);
            if (KalturaErrorReader.TryRead(body) is { } error)
            {
                return error;
            }
        }

        // A failed serve action answers like the server's kRendererDieError: HTTP 200, no body, the error only in the headers.
        return KalturaErrorReader.TryReadDieHeaders(response.Headers);
    }

    /// <summary>JSON, or untyped (a server that sends no Content-Type still answers with JSON).</summary>
    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is not { } media
        || (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
