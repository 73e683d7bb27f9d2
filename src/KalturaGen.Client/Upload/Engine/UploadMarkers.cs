using System.Security.Cryptography;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The marker of one upload (a random key, kept in its checkpoint) as the server sees it: in the file name of the token
/// it creates (the extension stays last, so the server still types the file by it) and as the referenceId of its entry.
/// A create whose answer was lost is found by it (<see cref="IdempotentCreate"/>).
/// </summary>
internal static class UploadMarkers
{
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary><c>talk.mp4</c> with key <c>3f9a…</c> is <c>talk-kg3f9a….mp4</c>.</summary>
    public static string TokenFileName(string fileName, string key) =>
        $"{Path.GetFileNameWithoutExtension(fileName)}-kg{key}{Path.GetExtension(fileName)}";

    public static string EntryReferenceId(string key) => $"kalturagen-{key}";
}
