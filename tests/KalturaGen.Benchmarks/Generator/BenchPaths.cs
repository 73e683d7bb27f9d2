using System.Reflection;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>Where the repository, its built CLI, generator and runtime, and Kaltura's schema files are.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>kalturagen.dll, built with this project (a build dependency).</summary>
    public static string Cli => Metadata("KalturaGenCli");

    public static string Generator => Metadata("KalturaGenGenerator");

    public static string RuntimeProject => Path.Combine(RepositoryRoot, "src", "KalturaGen.Runtime", "KalturaGen.Runtime.csproj");

    /// <summary>Kaltura's official 3.1.1 schema, beside the repository.</summary>
    public static string Vpaas311
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "KalturaClient-3.1.1.xml"));
            return File.Exists(path) ? path : throw new FileNotFoundException($"The whole-API benchmark needs Kaltura's schema file at {path}.", path);
        }
    }

    private static string Metadata(string key) => typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
