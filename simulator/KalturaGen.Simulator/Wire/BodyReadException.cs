using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// A form or JSON body could not be read to its end: the client went away, sent it too slowly, or framed it badly.
/// Nothing is dispatched; the web server's status (e.g. 408 for a too-slow body) is the answer, if anyone still listens.
/// </summary>
internal sealed class BodyReadException(Exception inner) : Exception("The request body could not be read.", inner)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode => InnerException is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
}
