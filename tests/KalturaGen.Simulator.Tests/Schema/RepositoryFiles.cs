namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>Files of the repository the tests read: the schema and the simulator's sources.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries holding KalturaGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every C# source of the simulator project.</summary>
    public static IEnumerable<string> SimulatorSources() =>
        Directory.EnumerateFiles(Path.Combine(Root, "simulator", "KalturaGen.Simulator"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KalturaGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No KalturaGen.sln above {AppContext.BaseDirectory}.");
    }
}
