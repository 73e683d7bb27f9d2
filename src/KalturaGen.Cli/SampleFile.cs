namespace KalturaGen.Cli;

/// <summary>
/// The file uploaded when <c>upload</c> is run with no files: pseudo-random bytes (incompressible, like real video)
/// in the temporary folder, made once and reused, so a second run resumes or re-uploads the same bytes.
/// </summary>
internal static class SampleFile
{
    public const long DefaultSize = 24L * 1024 * 1024;

    public static async Task<string> EnsureAsync(long size, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "kalturagen", $"sample-{size}.mp4");
        if (File.Exists(path) && new FileInfo(path).Length == size)
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(20240601);
        var buffer = new byte[1024 * 1024];
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            for (var written = 0L; written < size; written += buffer.Length)
            {
                random.NextBytes(buffer);
                await stream.WriteAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, size - written)), cancellationToken).ConfigureAwait(false);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
