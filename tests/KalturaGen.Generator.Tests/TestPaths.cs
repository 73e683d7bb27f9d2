namespace KalturaGen.Generator.Tests;

/// <summary>Where the repository's files are, found from the test binaries upwards.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>This project's source folder (snapshots and test schemas live there, not in bin/).</summary>
    public static string ProjectDirectory => Path.Combine(RepositoryRoot, "tests", "KalturaGen.Generator.Tests");

    public static string TestSchema(string name) => Path.Combine(ProjectDirectory, "Schemas", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KalturaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KalturaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
