using System.Net.Http.Headers;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// Refit's exception factory for Kaltura. The server reports API errors with HTTP 200 and a
/// <c>KalturaAPIException</c> object, so every JSON answer is looked at: such an object becomes a
/// <see cref="KalturaApiException"/> (void actions too). A non-success HTTP status is Refit's own
/// <see cref="ApiException"/>. A refused file action (serve) answers like the server's <c>kRendererDieError</c>: HTTP 200,
/// no body, the error only in the <c>X-Kaltura: error- CODE</c> and <c>X-Kaltura-App</c> headers; it becomes a
/// <see cref="KalturaApiException"/> too, instead of an empty file. Other answers typed as something else pass untouched.
/// </summary>
internal static class KalturaExceptionFactory
{
    private const string DiePrefix = "error-";

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

        if (DieError(response) is { } died)
        {
            return died;
        }

        var content = response.Content;
        if (!IsJson(content.Headers.ContentType))
        {
            return null;
        }

        // Reading buffers the content, so the result reader reads it again from memory.
        var body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return KalturaErrorReader.TryRead(body);
    }

    /// <summary>The error of a <c>kRendererDieError</c> answer (<c>X-Kaltura: error- CODE</c>), or null.</summary>
    private static KalturaApiException? DieError(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Kaltura", out var values)
            || values.FirstOrDefault(v => v.StartsWith(DiePrefix, StringComparison.Ordinal)) is not { } value)
        {
            return null;
        }

        var code = value[DiePrefix.Length..].Trim();

        // X-Kaltura-App: exiting on error CODE - message
        var app = response.Headers.TryGetValues("X-Kaltura-App", out var apps) ? apps.FirstOrDefault() ?? "" : "";
        var separator = app.IndexOf(" - ", StringComparison.Ordinal);
        var message = separator >= 0 ? app[(separator + 3)..] : code;
        return new KalturaApiException(code, message, new Dictionary<string, string>(), $"X-Kaltura: {value}; X-Kaltura-App: {app}");
    }

    /// <summary>JSON, or untyped (a server that sends no Content-Type still answers with JSON).</summary>
    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is not { } media
        || (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
