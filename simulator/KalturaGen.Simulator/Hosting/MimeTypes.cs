namespace KalturaGen.Simulator.Hosting;

/// <summary>MIME types by file extension, for served content and the data-entry text check.</summary>
public static class MimeTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mp4"] = "video/mp4", ["m4v"] = "video/mp4", ["mov"] = "video/quicktime", ["webm"] = "video/webm",
        ["flv"] = "video/x-flv", ["avi"] = "video/x-msvideo", ["wmv"] = "video/x-ms-wmv", ["mkv"] = "video/x-matroska",
        ["mpg"] = "video/mpeg", ["mpeg"] = "video/mpeg", ["ts"] = "video/mp2t", ["3gp"] = "video/3gpp",
        ["mp3"] = "audio/mpeg", ["wav"] = "audio/x-wav", ["m4a"] = "audio/mp4", ["ogg"] = "audio/ogg", ["wma"] = "audio/x-ms-wma",
        ["jpg"] = "image/jpeg", ["jpeg"] = "image/jpeg", ["png"] = "image/png", ["gif"] = "image/gif", ["bmp"] = "image/bmp",
        ["tif"] = "image/tiff", ["tiff"] = "image/tiff",
        ["pdf"] = "application/pdf", ["swf"] = "application/x-shockwave-flash",
        ["doc"] = "application/msword", ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["ppt"] = "application/vnd.ms-powerpoint", ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["xls"] = "application/vnd.ms-excel", ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["txt"] = "text/plain", ["csv"] = "text/csv", ["srt"] = "text/plain", ["vtt"] = "text/vtt", ["html"] = "text/html",
        ["xml"] = "application/xml", ["json"] = "application/json", ["zip"] = "application/zip",
    };

    /// <summary>The MIME type of an extension; application/octet-stream when unknown.</summary>
    public static string FromExtension(string? extension) =>
        extension is not null && ByExtension.TryGetValue(extension.TrimStart('.'), out var type) ? type : "application/octet-stream";

    /// <summary>The lower-case extension of a file name, without the dot ("" when none).</summary>
    public static string ExtensionOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : "";
    }
}
