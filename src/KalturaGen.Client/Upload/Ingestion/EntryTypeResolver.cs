using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Chooses the entry for a file by its extension, as Kaltura's guide recommends: video, audio and image files become
/// media entries (with the server's own extension lists for the media type), pdf and office files documents, anything
/// else a data entry. Data entries hold text, so only text extensions are <see cref="Recognizes">recognized</see> as data.
/// </summary>
public static class EntryTypeResolver
{
    private static readonly HashSet<string> Video = Set("flv asf qt mov mpg mpeg avi wmv mp4 m4v 3gp vob f4v mkv mxf mts ts rm arf webm lxf");
    private static readonly HashSet<string> Image = Set("jpg jpeg bmp png gif tif tiff");
    private static readonly HashSet<string> Audio = Set("mp3 wav wma amr m4a aiff aif ra ogg flac aac");
    private static readonly HashSet<string> Document = Set("pdf doc docx dot dotx rtf odt ppt pptx pps ppsx pot potx odp xls xlsx ods swf");
    private static readonly HashSet<string> Text = Set("txt text csv tsv srt vtt dfxp xml json html htm md yaml yml log ini");

    /// <summary>
    /// Whether the extension of <paramref name="fileName"/> names the entry it should become: media, a document, or text
    /// for a data entry. Any other file (e.g. <c>a.bin</c>) would become a data entry the server refuses unless its
    /// bytes are text, so a caller can ask for the type instead of uploading it first.
    /// </summary>
    public static bool Recognizes(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        return MediaTypeOf(extension) is not null || Document.Contains(extension) || Text.Contains(extension);
    }

    /// <summary>The entry to create for <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The file name (its extension decides).</param>
    /// <param name="type">
    /// Forces the entry type (one of <see cref="UploadEntryTypes.Supported"/>); a forced media entry with an unknown
    /// extension is a video.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a type an upload creates.</exception>
    public static EntryDraft Resolve(string fileName, EntryType? type = null)
    {
        if (type is { } forced)
        {
            UploadEntryTypes.EnsureSupported(forced, nameof(type));
        }

        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var mediaType = MediaTypeOf(extension);
        var resolved = type ?? (mediaType is not null ? EntryType.MEDIA_CLIP
            : Document.Contains(extension) ? EntryType.DOCUMENT
            : EntryType.DATA);
        return new EntryDraft(
            Path.GetFileName(fileName),
            resolved,
            resolved == EntryType.MEDIA_CLIP ? mediaType ?? MediaType.VIDEO : null);
    }

    private static MediaType? MediaTypeOf(string extension) =>
        Video.Contains(extension) ? MediaType.VIDEO
        : Image.Contains(extension) ? MediaType.IMAGE
        : Audio.Contains(extension) ? MediaType.AUDIO
        : null;

    private static HashSet<string> Set(string words) => [.. words.Split(' ')];
}
