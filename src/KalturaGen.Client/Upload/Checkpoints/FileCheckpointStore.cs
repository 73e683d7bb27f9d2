using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Checkpoints as small JSON files in a <c>.kalturagen</c> folder: by default next to each uploaded file, or in the
/// working directory's <c>.kalturagen</c> when the file's folder cannot be written; or in one given folder.
/// </summary>
public sealed class FileCheckpointStore : IUploadCheckpointStore
{
    /// <summary>The name of the checkpoint folder.</summary>
    public const string FolderName = ".kalturagen";

    private readonly string? _directory;

    /// <summary>Creates a store.</summary>
    /// <param name="directory">One folder for all checkpoints, or <see langword="null"/> for a folder next to each file.</param>
    public FileCheckpointStore(string? directory = null)
    {
        _directory = directory is null ? null : Path.GetFullPath(directory);
    }

    /// <summary>Where the checkpoint of <paramref name="filePath"/> lives (the first existing of the candidates).</summary>
    public string PathFor(string filePath) =>
        Candidates(filePath).FirstOrDefault(File.Exists) ?? Candidates(filePath).First();

    /// <inheritdoc/>
    public async Task<UploadCheckpoint?> LoadAsync(string filePath, CancellationToken cancellationToken)
    {
        var path = Candidates(filePath).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync(stream, CheckpointJsonContext.Default.UploadCheckpoint, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // A checkpoint cut short by a killed process is worth nothing; the upload starts over.
            return null;
        }
    }

    /// <inheritdoc/>
    public async Task SaveAsync(UploadCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(checkpoint, CheckpointJsonContext.Default.UploadCheckpoint);
        foreach (var path in Candidates(checkpoint.FilePath))
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = path + ".tmp";
                await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
                return;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // The file's folder is read-only: fall back to the next candidate.
            }
        }

        throw new IOException($"Cannot write an upload checkpoint for '{checkpoint.FilePath}' in any of: {string.Join(", ", Candidates(checkpoint.FilePath))}.");
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string filePath, CancellationToken cancellationToken)
    {
        foreach (var path in Candidates(filePath).Where(File.Exists))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private IEnumerable<string> Candidates(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var name = $"{Path.GetFileName(full)}.{ShortHash(full)}.upload.json";
        if (_directory is not null)
        {
            yield return Path.Combine(_directory, name);
            yield break;
        }

        yield return Path.Combine(Path.GetDirectoryName(full)!, FolderName, name);
        yield return Path.Combine(Directory.GetCurrentDirectory(), FolderName, name);
    }

    // The full path, hashed, keeps two files of the same name in different folders apart.
    private static string ShortHash(string fullPath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)).AsSpan(0, 6));
}
