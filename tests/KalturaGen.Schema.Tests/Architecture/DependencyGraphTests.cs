namespace KalturaGen.Schema.Tests.Architecture;

/// <summary>
/// The components' dependency graph, read from the *.csproj files: Schema → {Generator (shared source), Simulator, Cli};
/// Runtime ← Client ← Cli; the simulator independent of the SDK it checks (only the KalturaGen.Simulator.Client bridge
/// joins them); Schema depends on none of ours; no test project compiles another project's sources.
/// </summary>
public sealed class DependencyGraphTests
{
    /// <summary>Every product project and exactly the projects it references (an analyzer reference is marked).</summary>
    public static TheoryData<string, string[]> ProductReferences => new()
    {
        { "KalturaGen.Schema", [] },
        { "KalturaGen.Runtime", [] },
        { "KalturaGen.Generator", [] },
        { "KalturaGen.Client", ["KalturaGen.Generator (analyzer)", "KalturaGen.Runtime"] },
        { "KalturaGen.Simulator", ["KalturaGen.Schema"] },
        { "KalturaGen.Simulator.Client", ["KalturaGen.Client", "KalturaGen.Simulator"] },
        { "KalturaGen.Cli", ["KalturaGen.Client", "KalturaGen.Schema", "KalturaGen.Simulator"] },
    };

    [Theory]
    [MemberData(nameof(ProductReferences))]
    public void ProductReferencesExactlyItsDependencies(string project, string[] expected)
    {
        var actual = ProjectFile.All[project].References
            .Select(r => r.IsAnalyzer ? $"{r.Name} (analyzer)" : r.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void EveryProductProjectIsListed()
    {
        var products = ProjectFile.All.Values
            .Where(p => !p.RelativePath.StartsWith("tests", StringComparison.Ordinal))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ProductReferences.Select(row => (string)row[0]).Order(StringComparer.Ordinal), products);
    }

    [Fact]
    public void GeneratorCompilesTheSchemaReaderAsSharedSourceWithoutTheImporter()
    {
        var generator = ProjectFile.All["KalturaGen.Generator"];

        var schema = Assert.Single(generator.LinkedSources);
        Assert.Equal("KalturaGen.Schema", schema.Project);
        Assert.Contains($"KalturaGen.Schema{Path.DirectorySeparatorChar}Import{Path.DirectorySeparatorChar}**", schema.Exclude, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheGeneratorLinksSourceOfAnotherProject()
    {
        var linking = ProjectFile.All.Values.Where(p => p.LinkedSources.Count > 0).Select(p => p.Name);

        Assert.Equal(["KalturaGen.Generator"], linking);
    }

    [Theory]
    [InlineData("KalturaGen.Simulator")]
    [InlineData("KalturaGen.Schema")]
    [InlineData("KalturaGen.Generator")]
    public void ComponentDependsOnNeitherTheSdkNorItsRuntime(string project)
    {
        var reachable = Reachable(project);

        Assert.DoesNotContain("KalturaGen.Client", reachable);
        Assert.DoesNotContain("KalturaGen.Runtime", reachable);
    }

    [Fact]
    public void SchemaIsReachedByGeneratorSimulatorAndCli()
    {
        var users = ProjectFile.All.Values
            .Where(p => !p.RelativePath.StartsWith("tests", StringComparison.Ordinal))
            .Where(p => p.ReferencedNames.Contains("KalturaGen.Schema") || p.LinkedSources.Any(s => s.Project == "KalturaGen.Schema"))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["KalturaGen.Cli", "KalturaGen.Generator", "KalturaGen.Simulator"], users);
    }

    [Fact]
    public void CliReachesTheRuntimeThroughTheClient()
    {
        Assert.Contains("KalturaGen.Runtime", Reachable("KalturaGen.Client"));
        Assert.DoesNotContain("KalturaGen.Runtime", ProjectFile.All["KalturaGen.Cli"].ReferencedNames);
        Assert.Contains("KalturaGen.Runtime", Reachable("KalturaGen.Cli"));
    }

    [Theory]
    [InlineData("KalturaGen.Schema")]
    [InlineData("KalturaGen.Generator")]
    [InlineData("KalturaGen.Runtime")]
    [InlineData("KalturaGen.Client")]
    [InlineData("KalturaGen.Cli")]
    [InlineData("KalturaGen.Simulator")]
    public void ProductHasItsTestProject(string product)
    {
        var tests = ProjectFile.All[$"{product}.Tests"];

        Assert.Contains(product, Reachable(tests.Name));
    }

    [Fact]
    public void RuntimeIsTestedWithoutTheGeneratedSdkOrTheSimulator()
    {
        var reachable = Reachable("KalturaGen.Runtime.Tests");

        Assert.Equal(["KalturaGen.Runtime"], reachable);
    }

    [Fact]
    public void NoProjectReachesItself()
    {
        Assert.All(ProjectFile.All.Keys, project => Assert.DoesNotContain(project, Reachable(project)));
    }

    /// <summary>Every project <paramref name="project"/> references, directly or through others.</summary>
    private static HashSet<string> Reachable(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ProjectFile.All[project].ReferencedNames);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next) && ProjectFile.All.TryGetValue(next, out var file))
            {
                foreach (var reference in file.ReferencedNames)
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }
}
