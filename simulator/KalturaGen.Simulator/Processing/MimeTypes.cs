namespace KalturaGen.Simulator.Processing;

/// <summary>MIME types by file extension, for served content and the data-entry text check.</summary>
internal static class MimeTypes
{
    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        // A cut in the middle of a multi-byte sequence at the end of the sample is still text.
        for (var trim = 0; trim < 4 && trim <= bytes.Length; trim++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^trim]))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>
    /// The type of stored content, sniffed like the server's finfo for the cases that matter: XML and
    /// other UTF-8 text without NUL bytes are text; anything else is typed by its extension.
    /// </summary>
    public static string Sniff(string path, string? fileName)
    {
        var buffer = new byte[8192];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var head = buffer.AsSpan(0, read);
        if (read > 0 && !head.Contains((byte)0) && IsUtf8(head))
        {
            var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return text.StartsWith("<?xml", StringComparison.Ordinal) ? "application/xml" : "text/plain";
        }

        return FromExtension(ExtensionOf(fileName));
    }

    /// <summary>The lower-case extension of a file name, without the dot ("" when none).</summary>
    public static string ExtensionOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : "";
    }
}
