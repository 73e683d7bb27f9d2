namespace KalturaGen.Benchmarks.Generator;

/// <summary>Counts the lines of generated files by kind: the part of the hint name after the schema stem (<c>api.Model.UploadToken.g.cs</c>).</summary>
internal static class GeneratedLines
{
    /// <summary>The kinds of file generated once per service, whose lines are counted per action.</summary>
    private static readonly string[] ServiceKinds =
        ["Service", "ServiceInterface", "RefitInterface", "RefitImplementation", "Parameters", "MultiRequestCalls", "ListAll"];

    public static Dictionary<string, int> ByKind(string folder) => Directory
        .EnumerateFiles(folder, "*.g.cs", SearchOption.AllDirectories)
        .GroupBy(file => Path.GetFileName(file).Split('.')[1], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(file => File.ReadLines(file).Count()), StringComparer.Ordinal);

    public static int PerAction(Dictionary<string, int> lines) => ServiceKinds.Sum(kind => lines.GetValueOrDefault(kind));
}
