using System.Buffers;
using System.Text;
using KalturaGen.Simulator.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// Reads a multipart body as PHP does: fields into <c>$_POST</c> (bracket keys nest), file parts
/// into <c>$_FILES</c>, streamed straight to temporary files so no part is ever held in memory.
/// A body that ends early leaves the interrupted file marked UPLOAD_ERR_PARTIAL instead of failing.
/// The fields together may hold <see cref="SimulatorLimits.MaxBodyBytes"/>, and there may be
/// <see cref="SimulatorLimits.MaxInputVars"/> fields and <see cref="SimulatorLimits.MaxFileUploads"/> files;
/// beyond that, or when the read is cancelled, every temporary file is deleted before the error propagates.
/// </summary>
internal static class MultipartParams
{
    // PHP accepts a boundary of any length; longer ones than this cannot come through Kestrel's header limits anyway.
    private const int MaxBoundaryLength = 64 * 1024;
    private const int ReadBufferSize = 16 * 1024;
    private const int CopyBufferSize = 128 * 1024;

    /// <summary>The fields and files of a multipart body.</summary>
    /// <param name="Fields">The fields, as <c>$_POST</c>.</param>
    /// <param name="Files">The file parts, as <c>$_FILES</c>.</param>
    /// <param name="JsonField">The <c>json</c> field, when present.</param>
    /// <param name="Parts">Every file part read, including ones a later part of the same name replaced.</param>
    public sealed record Result(ParamNode Fields, ParamNode Files, string? JsonField, IReadOnlyList<UploadedFilePart> Parts);

    /// <summary>
    /// Where a file part may go instead of a temporary file: given the part's field name, the fields read so far and
    /// the <c>json</c> field if any, a placement in a token's file, or null.
    /// </summary>
    public delegate ValueTask<PlacedChunk?> FilePlacer(string name, ParamNode fields, string? jsonField, CancellationToken cancellationToken);

    /// <summary>Reads the body; malformed input never throws, limits and cancellation do.</summary>
    public static Task<Result> ReadAsync(Stream body, string contentType, string tempDirectory, SimulatorLimits limits, CancellationToken cancellationToken) =>
        ReadAsync(body, contentType, tempDirectory, limits, null, cancellationToken);

    /// <summary>Reads the body, offering each file part to <paramref name="placer"/> first.</summary>
    public static async Task<Result> ReadAsync(Stream body, string contentType, string tempDirectory, SimulatorLimits limits, FilePlacer? placer, CancellationToken cancellationToken)
    {
        var fields = ParamNode.NewArray();
        var files = ParamNode.NewArray();
        var parts = new List<UploadedFilePart>();
        string? json = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= MaxBoundaryLength } boundary)
        {
            return new Result(fields, files, null, parts);
        }

        // The reader needs a buffer longer than the boundary.
        var reader = new MultipartReader(boundary, body, Math.Max(ReadBufferSize, boundary.Length * 2)) { HeadersLengthLimit = 64 * 1024 };
        var budget = new FieldBudget(limits);
        try
        {
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
                if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
                {
                    InputLimits.CheckFiles(parts.Count + 1, limits);
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    var placement = placer is null || fileName.Length == 0 ? null : await placer(name, fields, json, cancellationToken);
                    var (part, complete) = placement is null
                        ? await ReadFileAsync(section, fileName, tempDirectory, cancellationToken)
                        : await PlaceFileAsync(section, fileName, placement, cancellationToken);
                    parts.Add(part);
                    PhpFormKeys.Assign(files, name, ParamNode.Of(part), limits);
                    if (!complete)
                    {
                        break;
                    }

                    continue;
                }

                budget.CountField();
                var (value, whole) = await ReadFieldAsync(section, budget, cancellationToken);
                if (!whole)
                {
                    break;
                }

                if (name == "json")
                {
                    json = value;
                }

                PhpFormKeys.Assign(fields, name, ParamNode.Of(value), limits);
            }
        }
        catch
        {
            foreach (var part in parts)
            {
                part.Delete();
            }

            throw;
        }

        return new Result(fields, files, json, parts);
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
        var complete = false;
        // A pooled copy buffer and an unbuffered FileStream: per-request large arrays would pile up as
        // large-object-heap garbage during a multi-GB upload.
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            try
            {
                int read;
                while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                complete = true;
            }
            catch (Exception ex) when (IsMalformedBody(ex))
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!complete)
            {
                // Interrupted or cancelled: nothing of the part is kept.
                DeleteQuietly(path);
            }
        }

        return complete
            ? (new UploadedFilePart(baseName, section.ContentType, path, size, UploadedFilePart.ErrorNone), true)
            : (new UploadedFilePart(baseName, section.ContentType, null, size, UploadedFilePart.ErrorPartial), false);
    }

    // The part goes straight into a token's file; an interrupted or cancelled one is dropped from it.
    private static async Task<(UploadedFilePart Part, bool Complete)> PlaceFileAsync(
        MultipartSection section, string fileName, PlacedChunk placement, CancellationToken cancellationToken)
    {
        try
        {
            await placement.WriteAsync(section.Body, cancellationToken);
        }
        catch (Exception ex) when (IsMalformedBody(ex))
        {
            var size = placement.Length;
            placement.Abandon();
            return (new UploadedFilePart(BaseName(fileName), section.ContentType, null, size, UploadedFilePart.ErrorPartial), false);
        }
        catch
        {
            placement.Abandon();
            throw;
        }

        return (new UploadedFilePart(BaseName(fileName), section.ContentType, placement), true);
    }

    private static async Task<(string Value, bool Whole)> ReadFieldAsync(MultipartSection section, FieldBudget budget, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                budget.CountBytes(read);
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

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsMalformedBody(Exception ex) =>
        ex is IOException or InvalidDataException or FormatException or Microsoft.AspNetCore.Http.BadHttpRequestException;

    // What the fields of one body may hold: max_input_vars fields, post_max_size bytes.
    private sealed class FieldBudget(SimulatorLimits limits)
    {
        private int _fields;
        private long _bytes;

        public void CountField() => InputLimits.CheckVariables(++_fields, limits.MaxInputVars);

        public void CountBytes(int read)
        {
            _bytes += read;
            if (_bytes > limits.MaxBodyBytes)
            {
                throw InputLimits.BodyTooLarge(limits);
            }
        }
    }
}
