using System.Net.Http.Headers;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// A file sent as a parameter: a multipart part named after the parameter. It is a Refit
/// <see cref="MultipartItem"/>, so generated Refit interfaces take it as a <c>[Multipart]</c> part.
/// </summary>
public sealed class KalturaFile : MultipartItem
{
    private const string OctetStream = "application/octet-stream";

    private readonly Stream? _stream;
    private readonly long _streamStart;
    private readonly ReadOnlyMemory<byte> _bytes;

    private KalturaFile(Stream? stream, long streamStart, ReadOnlyMemory<byte> bytes, string fileName, string? contentType, string? partName)
        : base(RequireName(fileName), contentType ?? OctetStream, partName)
    {
        _stream = stream;
        _streamStart = streamStart;
        _bytes = bytes;
    }

    /// <summary>
    /// A file read from <paramref name="stream"/> from its current position. The stream is not disposed; a seekable
    /// stream is rewound to that position before each send, so a retried request sends the same bytes.
    /// </summary>
    public static KalturaFile FromStream(Stream stream, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new KalturaFile(stream, stream.CanSeek ? stream.Position : 0, default, fileName, contentType, null);
    }

    /// <summary>A file whose content is <paramref name="content"/>.</summary>
    public static KalturaFile FromBytes(ReadOnlyMemory<byte> content, string fileName, string? contentType = null) =>
        new(null, 0, content, fileName, contentType, null);

    /// <summary>The same file as a part named <paramref name="partName"/> (a multirequest names parts <c>1:fileData</c>).</summary>
    internal KalturaFile WithPartName(string partName) => new(_stream, _streamStart, _bytes, FileName, ContentType, partName);

    /// <summary>The HTTP content of this file (a fresh one each time: contents are disposed with their request).</summary>
    protected override HttpContent CreateContent()
    {
        HttpContent content = _stream is null
            ? new ReadOnlyMemoryContent(_bytes)
            : new NonDisposingStreamContent(_stream, _streamStart);
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType ?? OctetStream);
        return content;
    }

    private static string RequireName(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return fileName;
    }
}
