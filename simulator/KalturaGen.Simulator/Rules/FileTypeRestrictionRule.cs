using KalturaGen.Simulator.Processing;
using System.Security.Cryptography;
using System.Text;
using KalturaGen.Simulator.Hosting;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// <c>checkIfFileIsAllowed</c>, applied to final chunks when the partner has
/// FEATURE_FILE_TYPE_RESTRICTION_PERMISSION: the file's type must be on the allowed list; plain-text
/// files named <c>.bat</c> and the EICAR test file are rejected. The type is taken from the extension
/// (the server sniffs content; the simulator does not).
/// </summary>
internal static class FileTypeRestrictionRule
{
    private const string EicarMd5 = "44d88612fea8a8f36de82e1278abb02f";

    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "application/msword", "application/vnd.ms-powerpoint", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/xml", "application/json", "application/zip", "text/plain", "text/csv", "text/vtt",
    };

    /// <summary>Whether the stored file may be kept.</summary>
    public static bool IsAllowed(string path)
    {
        var extension = MimeTypes.ExtensionOf(path);
        var mime = MimeTypes.FromExtension(extension);
        if (mime == "text/plain")
        {
            if (extension == "bat")
            {
                return false;
            }

            var size = new FileInfo(path).Length;
            if (size is >= 68 and <= 128 && Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(path).Trim()))) == EicarMd5)
            {
                return false;
            }
        }

        return Allowed.Contains(mime) || mime.StartsWith("audio/", StringComparison.Ordinal)
            || mime.StartsWith("image/", StringComparison.Ordinal) || mime.StartsWith("video/", StringComparison.Ordinal);
    }
}
