using System.Net;

namespace KalturaGen.Runtime;

/// <summary>
/// Streams a caller's stream into a request without disposing it (the caller owns it), rewinding a seekable
/// stream to where it started so that a retry sends the same bytes.
/// </summary>
internal sealed class NonDisposingStreamContent(Stream stream, long start) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream target, TransportContext? context, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            stream.Position = start;
        }

        await stream.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
    }

    protected override Task SerializeToStreamAsync(Stream target, TransportContext? context) =>
        SerializeToStreamAsync(target, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = stream.CanSeek ? stream.Length - start : 0;
        return stream.CanSeek;
    }
}
