namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// Response headers that concern request input. A value built from input is sent only when it is printable
/// ASCII: PHP's <c>header()</c> refuses a value with a line break (and sends nothing), and Kestrel refuses control
/// and non-ASCII characters by throwing. Stored content is marked so a browser never runs it as a page.
/// </summary>
internal static class HeaderValues
{
    /// <summary>Whether the value is printable ASCII (tabs allowed).</summary>
    public static bool IsSafe(string value) => value.All(c => c == '\t' || c is >= ' ' and <= '~');

    /// <summary>
    /// Marks a response that carries stored content (uploads are served with the type of their extension, HTML
    /// included): the browser takes the type as given and runs the document sandboxed, never as a page of the
    /// simulator's origin.
    /// </summary>
    public static void MarkStoredContent(Microsoft.AspNetCore.Http.HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
    }

    /// <summary>Sets the header when its value is safe to send; otherwise leaves it out, as PHP's header() does.</summary>
    public static void TrySet(Microsoft.AspNetCore.Http.HttpResponse response, string name, string value)
    {
        if (IsSafe(value))
        {
            response.Headers[name] = value;
        }
    }

    /// <summary>
    /// The server's <c>Content-Disposition: attachment; filename="{name}"</c> for a plain name; any other name
    /// (non-ASCII, quotes, control characters) in the RFC 6266 form, with an ASCII fallback and the exact name as filename*.
    /// </summary>
    public static string AttachmentDisposition(string name)
    {
        if (IsSafe(name) && name.IndexOfAny(['"', '\\']) < 0)
        {
            return $"attachment; filename=\"{name}\"";
        }

        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        return disposition.ToString();
    }
}
