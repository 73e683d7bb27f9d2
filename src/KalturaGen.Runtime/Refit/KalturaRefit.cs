using System.Text.Json;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>The Kaltura specifics of Refit: the settings generated Refit interfaces are meant to be used with.</summary>
public static class KalturaRefit
{
    /// <summary>
    /// The boundary written in the generated interfaces' <c>[Multipart]</c> attributes. The generated implementations
    /// send a fresh boundary per request instead (a fixed one could occur inside an uploaded file).
    /// </summary>
    public const string MultipartBoundary = "----KalturaGenBoundary";

    /// <summary>
    /// Refit settings for Kaltura: the <see cref="KalturaContentSerializer"/> (the official clients' JSON body with
    /// the connection's KS, partner, client tag and API version; results through the generated JSON metadata),
    /// buffered bodies (sent with a Content-Length), and an exception factory that turns the HTTP-200
    /// <c>KalturaAPIException</c> envelope into <see cref="KalturaApiException"/> and other HTTP failures into Refit's
    /// <see cref="ApiException"/>. A <c>...WithResponseAsync</c> call holds an HTTP failure in its
    /// <see cref="ApiResponse{T}.Error"/> and throws a Kaltura error, which Refit's ApiResponse cannot hold.
    /// Change the returned settings freely (handlers, request options, telemetry).
    /// </summary>
    /// <param name="connection">The service URL, KS and client configuration.</param>
    /// <param name="resultOptions">The generated SDK's JSON options (<c>KalturaJsonTypeInfoResolver.Options</c>).</param>
    public static RefitSettings CreateSettings(KalturaConnection connection, JsonSerializerOptions resultOptions)
    {
        var settings = new RefitSettings(new KalturaContentSerializer(connection, resultOptions))
        {
            Buffered = true,
        };
        settings.ExceptionFactory = async response =>
            KalturaResponseError.Record(response, await KalturaExceptionFactory.CreateAsync(response, settings).ConfigureAwait(false));
        settings.DeserializationExceptionFactory = static (response, exception) =>
            ValueTask.FromResult(KalturaResponseError.Record(response, exception is InvalidDataException ? exception : new InvalidDataException(exception.Message, exception)));
        return settings;
    }
}
