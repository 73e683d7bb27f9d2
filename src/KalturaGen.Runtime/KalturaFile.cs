using System.Net.Http.Headers;

namespace KalturaGen.Runtime;

/// <summary>A file sent as a parameter (a multipart part named after the parameter).</summary>
public sealed class KalturaFile
{
    private readonly Stream? _stream;
    private readonly long _streamStart;
    private readonly ReadOnlyMemory<byte> _bytes;

    private KalturaFile(Stream? stream, ReadOnlyMemory<byte> bytes, string fileName, string? contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        _stream = stream;
        _streamStart = stream is { CanSeek: true } ? stream.Position : 0;
        _bytes = bytes;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file name sent with the part.</summary>
    public string FileName { get; }

    /// <summary>The part's content type (null sends <c>application/octet-stream</c>).</summary>
    public string? ContentType { get; }

    /// <summary>
    /// A file read from <paramref name="stream"/> from its current position. The stream is not disposed; a seekable
    /// stream is rewound to that position before each send, so a retried request sends the same bytes.
    /// </summary>
    public static KalturaFile FromStream(Stream stream, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new KalturaFile(stream, default, fileName, contentType);
    }

    /// <summary>A file whose content is <paramref name="content"/>.</summary>
    public static KalturaFile FromBytes(ReadOnlyMemory<byte> content, string fileName, string? contentType = null) =>
        new(null, content, fileName, contentType);

    /// <summary>The HTTP content of this file (a fresh one each time: contents are disposed with their request).</summary>
    internal HttpContent CreateContent()
    {
        HttpContent content = _stream is null
            ? new ReadOnlyMemoryContent(_bytes)
            : new NonDisposingStreamContent(_stream, _streamStart);
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType ?? "application/octet-stream");
        return content;
    }
}
