using System.Net.Http.Headers;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// A file parameter of the legacy transport (<c>KalturaFile</c> of commit 9fe97c4, the in-memory kind only; the
/// benchmarks send chunks from memory): a multipart part named after the parameter.
/// </summary>
public sealed class LegacyFile
{
    private readonly ReadOnlyMemory<byte> _bytes;

    private LegacyFile(ReadOnlyMemory<byte> bytes, string fileName, string? contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        _bytes = bytes;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file name sent with the part.</summary>
    public string FileName { get; }

    /// <summary>The part's content type (null sends <c>application/octet-stream</c>).</summary>
    public string? ContentType { get; }

    /// <summary>A file whose content is <paramref name="content"/>.</summary>
    public static LegacyFile FromBytes(ReadOnlyMemory<byte> content, string fileName, string? contentType = null) =>
        new(content, fileName, contentType);

    /// <summary>The HTTP content of this file (a fresh one each time: contents are disposed with their request).</summary>
    internal HttpContent CreateContent()
    {
        var content = new ReadOnlyMemoryContent(_bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType ?? "application/octet-stream");
        return content;
    }
}
