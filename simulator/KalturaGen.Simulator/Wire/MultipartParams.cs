using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// Reads a multipart body as PHP does: fields into <c>$_POST</c> (bracket keys nest), file parts
/// into <c>$_FILES</c>, streamed straight to temporary files so no part is ever held in memory.
/// A body that ends early leaves the interrupted file marked UPLOAD_ERR_PARTIAL instead of failing.
/// </summary>
public static class MultipartParams
{
    private const int FieldLimit = 64 * 1024 * 1024;
    private const int CopyBufferSize = 128 * 1024;

    /// <summary>The fields and files of a multipart body.</summary>
    public sealed record Result(ParamNode Fields, ParamNode Files, string? JsonField);

    /// <summary>Reads the body; never throws for malformed input.</summary>
    public static async Task<Result> ReadAsync(Stream body, string contentType, string tempDirectory, CancellationToken cancellationToken)
    {
        var fields = ParamNode.NewArray();
        var files = ParamNode.NewArray();
        string? json = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new Result(fields, files, null);
        }

        var reader = new MultipartReader(boundary, body) { HeadersLengthLimit = 64 * 1024 };
        while (true)
        {
            MultipartSection? section;
            try
            {
                section = await reader.ReadNextSectionAsync(cancellationToken);
            }
            catch (Exception ex) when (IsMalformedBody(ex))
            {
                break;
            }

            if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                break;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            var isFile = disposition.FileName.HasValue || disposition.FileNameStar.HasValue;
            if (isFile)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                var (part, complete) = await ReadFileAsync(section, fileName, tempDirectory, cancellationToken);
                PhpFormKeys.Assign(files, name, ParamNode.Of(part));
                if (!complete)
                {
                    break;
                }

                continue;
            }

            var (value, whole) = await ReadFieldAsync(section, cancellationToken);
            if (!whole)
            {
                break;
            }

            if (name == "json")
            {
                json = value;
            }

            PhpFormKeys.Assign(fields, name, ParamNode.Of(value));
        }

        return new Result(fields, files, json);
    }

    private static async Task<(UploadedFilePart Part, bool Complete)> ReadFileAsync(
        MultipartSection section, string fileName, string tempDirectory, CancellationToken cancellationToken)
    {
        var baseName = BaseName(fileName);
        if (fileName.Length == 0)
        {
            // PHP reports an empty file name as "no file" and drops the content.
            await DrainAsync(section.Body, cancellationToken);
            return (new UploadedFilePart("", section.ContentType, null, 0, UploadedFilePart.ErrorNoFile), true);
        }

        var path = Path.Combine(tempDirectory, "part-" + Guid.NewGuid().ToString("N"));
        long size = 0;
        var complete = true;
        // A pooled copy buffer and an unbuffered FileStream: per-request large arrays would pile up as
        // large-object-heap garbage during a multi-GB upload.
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous))
        {
            try
            {
                int read;
                while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
            }
            catch (Exception ex) when (IsMalformedBody(ex))
            {
                complete = false;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (!complete)
        {
            File.Delete(path);
            return (new UploadedFilePart(baseName, section.ContentType, null, size, UploadedFilePart.ErrorPartial), false);
        }

        return (new UploadedFilePart(baseName, section.ContentType, path, size, UploadedFilePart.ErrorNone), true);
    }

    private static async Task<(string Value, bool Whole)> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > FieldLimit)
                {
                    return ("", false);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (IsMalformedBody(ex))
        {
            return ("", false);
        }

        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), true);
    }

    private static async Task DrainAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (await stream.ReadAsync(buffer, cancellationToken) > 0)
            {
            }
        }
        catch (Exception ex) when (IsMalformedBody(ex))
        {
        }
    }

    // PHP keeps only the part after the last slash or backslash of the client's file name.
    private static string BaseName(string fileName)
    {
        var slash = fileName.LastIndexOfAny(['/', '\\']);
        return slash >= 0 ? fileName[(slash + 1)..] : fileName;
    }

    private static bool IsMalformedBody(Exception ex) =>
        ex is IOException or InvalidDataException or FormatException or Microsoft.AspNetCore.Http.BadHttpRequestException;
}
