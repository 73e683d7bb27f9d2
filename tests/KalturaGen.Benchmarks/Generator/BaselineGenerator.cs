namespace KalturaGen.Benchmarks.Generator;

/// <summary>The generator of a pinned commit, extracted with <c>git archive</c> and built: the baseline of <see cref="WholeApiBuildBenchmarks"/>.</summary>
internal static class BaselineGenerator
{
    /// <summary>The last commit whose emitters wrote one property in ten lines and every request in full (main, 2026-12-01).</summary>
    public const string Commit = "cb63a8e532ba01c787a4efd2e67ee13e0c4fbbfc";

    /// <summary>Extracts the generator (and the build files it needs) at <see cref="Commit"/> into <paramref name="folder"/>, builds it and returns its DLL.</summary>
    public static string Build(string folder)
    {
        Directory.CreateDirectory(folder);
        var archive = Path.Combine(folder, "generator.tar");
        Processes.Run(BenchPaths.RepositoryRoot, "git", "archive", "--output", archive, Commit, "generator", "Directory.Build.props", "Directory.Packages.props", "global.json");
        Processes.Run(folder, "tar", "-xf", archive);
        var project = Path.Combine(folder, "generator", "KalturaGen.Generator");
        Processes.Run(project, "dotnet", "build", "-c", "Release", "-nodeReuse:false");
        return Path.Combine(project, "bin", "Release", "netstandard2.0", "KalturaGen.Generator.dll");
    }
}
