using System.Xml.Linq;

namespace KalturaGen.Schema.Tests.Architecture;

/// <summary>
/// One *.csproj of the repository as its XML says it: the projects it references (by name, with how) and the
/// source files it compiles from outside its own folder (linked source).
/// </summary>
internal sealed record ProjectFile(string Name, string RelativePath, IReadOnlyList<ProjectReferenceInfo> References, IReadOnlyList<LinkedSource> LinkedSources)
{
    /// <summary>The folder holding KalturaGen.sln (found upwards from the test output).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every project of the repository, by name.</summary>
    public static IReadOnlyDictionary<string, ProjectFile> All { get; } = LoadAll();

    /// <summary>The names of the projects this one references with a ProjectReference, however it uses them.</summary>
    public IReadOnlySet<string> ReferencedNames => References.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, ProjectFile> LoadAll() =>
        new[] { "src", "simulator", "generator", "tests" }
            .Select(folder => Path.Combine(RepositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Load)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static ProjectFile Load(string path)
    {
        var document = XDocument.Load(path);
        var folder = Path.GetDirectoryName(path)!;
        var references = document.Descendants("ProjectReference")
            .Select(e => new ProjectReferenceInfo(
                Path.GetFileNameWithoutExtension(Normalize((string)e.Attribute("Include")!)),
                (string?)e.Attribute("OutputItemType") == "Analyzer"))
            .ToList();
        var linked = document.Descendants("Compile")
            .Where(e => e.Attribute("Include") is not null)
            .Select(e => new LinkedSource(
                ProjectOf(Path.GetFullPath(Path.Combine(folder, Normalize((string)e.Attribute("Include")!)))),
                Normalize((string?)e.Attribute("Exclude") ?? "")))
            .Where(s => s.Project is not null && !string.Equals(s.Project, Path.GetFileNameWithoutExtension(path), StringComparison.Ordinal))
            .ToList();
        return new ProjectFile(Path.GetFileNameWithoutExtension(path), Path.GetRelativePath(RepositoryRoot, path), references, linked);
    }

    /// <summary>The project whose folder holds <paramref name="fullPath"/> (a file or glob), or null outside any project.</summary>
    private static string? ProjectOf(string fullPath)
    {
        for (var dir = Path.GetDirectoryName(fullPath); dir is not null && dir.Length >= RepositoryRoot.Length; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && Directory.GetFiles(dir, "*.csproj") is [var project])
            {
                return Path.GetFileNameWithoutExtension(project);
            }
        }

        return null;
    }

    private static string Normalize(string msbuildPath) => msbuildPath.Replace('\\', Path.DirectorySeparatorChar);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KalturaGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No KalturaGen.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A ProjectReference: the referenced project's name, and whether it is taken as an analyzer (source generator).</summary>
internal sealed record ProjectReferenceInfo(string Name, bool IsAnalyzer);

/// <summary>Source files compiled from another project's folder: that project, and the Exclude of the item (MSBuild text).</summary>
internal sealed record LinkedSource(string? Project, string Exclude);
