using KalturaGen.Simulator.Dispatch;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// Downloads a URL for addFromUrl and URL resources, streaming to a file. An in-process simulator
/// reaches its own URLs (http://localhost/...) through TestHost; anything else goes over the network.
/// Failures (bad scheme, HTTP error, timeout, network error) yield null, which imports as ERROR_IMPORTING.
/// The file is one of the call's <see cref="ActionContext.TemporaryFiles"/>: deleted when the call ends unless it was
/// moved into storage.
/// </summary>
internal static class UrlFetcher
{
    /// <summary>Fetches the URL into the incoming folder.</summary>
    public static async Task<ReadyFile?> FetchAsync(ActionContext context, string url)
    {
        var runtime = context.Runtime;
        var cancellationToken = context.CancellationToken;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var inProcess = runtime.SelfHandlerFactory is not null && uri.IsLoopback && uri.Host == "localhost";
        using var handler = inProcess ? runtime.SelfHandlerFactory!() : new SocketsHttpHandler { AllowAutoRedirect = true };
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = runtime.Options.UrlFetchTimeout };
        var path = Path.Combine(runtime.Storage.Incoming, "import-" + Guid.NewGuid().ToString("N"));
        context.TemporaryFiles.Add(path);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            await using (var target = File.Create(path))
            {
                await response.Content.CopyToAsync(target, cancellationToken);
            }

            var name = Path.GetFileName(uri.AbsolutePath);
            return new ReadyFile(path, name.Length > 0 ? name : null, null, Move: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
