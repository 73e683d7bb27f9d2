using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>The server's file-extension tables: media type, document type, and entry type for AUTOMATIC entries.</summary>
internal static class MediaKinds
{
    private static readonly HashSet<string> Video = new(StringComparer.OrdinalIgnoreCase)
    {
        "flv", "asf", "qt", "mov", "mpg", "mpeg", "avi", "wmv", "mp4", "m4v", "3gp", "vob", "f4v", "mkv", "mxf", "mts", "ts", "rm", "arf", "webm", "lxf",
    };

    private static readonly HashSet<string> Image = new(StringComparer.OrdinalIgnoreCase) { "jpg", "jpeg", "bmp", "png", "gif", "tif", "tiff" };

    private static readonly HashSet<string> Audio = new(StringComparer.OrdinalIgnoreCase) { "mp3", "wav", "wma", "amr", "m4a", "aiff", "aif", "ra", "ogg", "flac", "aac" };

    private static readonly HashSet<string> Document = new(StringComparer.OrdinalIgnoreCase) { "pdf", "swf", "doc", "docx", "ppt", "pptx", "pps", "ppsx", "xls", "xlsx", "odt", "odp", "rtf" };

    /// <summary>The media type for a file name's extension, or null.</summary>
    public static int? MediaTypeOf(string? fileName)
    {
        var extension = MimeTypes.ExtensionOf(fileName);
        if (Video.Contains(extension))
        {
            return MediaType.Video;
        }

        if (Image.Contains(extension))
        {
            return MediaType.Image;
        }

        return Audio.Contains(extension) ? MediaType.Audio : null;
    }

    /// <summary>documentType from the extension: pdf 13, swf 12, anything else 11.</summary>
    public static int DocumentTypeOf(string? fileName) => MimeTypes.ExtensionOf(fileName) switch
    {
        "pdf" => 13,
        "swf" => 12,
        _ => 11,
    };

    /// <summary>The entry type an AUTOMATIC entry takes from its file.</summary>
    public static int EntryTypeOf(string? fileName) =>
        MediaTypeOf(fileName) is not null ? EntryType.MediaClip
        : Document.Contains(MimeTypes.ExtensionOf(fileName)) ? EntryType.Document
        : EntryType.Data;
}
