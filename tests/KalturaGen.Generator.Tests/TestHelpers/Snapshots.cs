using System.Text.RegularExpressions;

namespace KalturaGen.Generator.Tests.TestHelpers;

/// <summary>
/// Compares generated files with committed <c>Snapshots/{folder}/*.verified.cs</c>. A missing, changed or stale
/// snapshot fails with a diff hint; run with <c>KALTURAGEN_ACCEPT_SNAPSHOTS=1</c> to write the new output as the
/// verified one (then review the diff before committing).
/// </summary>
internal static partial class Snapshots
{
    public const string AcceptVariable = "KALTURAGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string folder, IReadOnlyDictionary<string, string> generated)
    {
        var directory = Path.Combine(TestPaths.ProjectDirectory, "Snapshots", folder);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var expected = generated.ToDictionary(f => f.Key.Replace(".g.cs", ".verified.cs", StringComparison.Ordinal), f => Scrub(f.Value));
        var problems = new List<string>();
        foreach (var (name, actual) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, name);
            var verified = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
            if (verified == actual)
            {
                continue;
            }

            if (accept)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(path, actual);
            }
            else
            {
                problems.Add(verified is null ? $"  {name}: new file, no snapshot yet" : $"  {name}: {Difference(verified, actual)}");
            }
        }

        var stale = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.verified.cs").Where(p => !expected.ContainsKey(Path.GetFileName(p))).ToList()
            : [];
        foreach (var path in stale)
        {
            if (accept)
            {
                File.Delete(path);
            }
            else
            {
                problems.Add($"  {Path.GetFileName(path)}: no longer generated");
            }
        }

        Assert.True(
            problems.Count == 0,
            $"{problems.Count} snapshot(s) in {directory} do not match the generated code:\n{string.Join("\n", problems)}\n" +
            $"Review the change; to accept it run: {AcceptVariable}=1 dotnet test tests/KalturaGen.Generator.Tests");
    }

    /// <summary>The generator version changes with every release; snapshots hold a fixed stand-in.</summary>
    private static string Scrub(string text) => VersionPattern().Replace(text.ReplaceLineEndings("\n"), "GeneratedCode(\"KalturaGen.Generator\", \"FIXED_VERSION\")");

    private static string Difference(string verified, string actual)
    {
        var expectedLines = verified.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var before = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var after = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (before != after)
            {
                var column = 0;
                while (column < before.Length && column < after.Length && before[column] == after[column])
                {
                    column++;
                }

                return $"line {i + 1}, column {column + 1} was `{Around(before, column)}`, now `{Around(after, column)}`";
            }
        }

        return "differs";
    }

    /// <summary>A short excerpt of a line around a column, so that a diff of a very long line stays readable.</summary>
    private static string Around(string line, int column)
    {
        var start = Math.Max(0, column - 40);
        var excerpt = line.Substring(start, Math.Min(80, line.Length - start)).Trim();
        return (start > 0 ? "..." : string.Empty) + excerpt + (start + 80 < line.Length ? "..." : string.Empty);
    }

    [GeneratedRegex("GeneratedCode\\(\"KalturaGen\\.Generator\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
