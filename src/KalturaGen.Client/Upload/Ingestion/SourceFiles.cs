namespace KalturaGen.Client.Upload;

/// <summary>Expands files and folders into the list of files to upload.</summary>
public static class SourceFiles
{
    /// <summary>
    /// Every file named, and every file below every folder named (sorted, checkpoint folders excluded), each once.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains(FileCheckpointStore.FolderName))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new FileNotFoundException($"Nothing to upload at '{path}': it is neither a file nor a folder.", path);
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }
}
