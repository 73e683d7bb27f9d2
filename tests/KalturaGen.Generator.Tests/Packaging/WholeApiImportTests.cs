using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// Regenerating the whole API from Kaltura's own schema files, as an SDK maintainer does after a release:
/// <c>kalturagen schema import</c> of every service, then a separate consumer project that generates the SDK from the
/// result and builds it with 0 errors and 0 warnings, and runs it: every class is created by the generated factory
/// and reads and writes back a JSON object holding a value for each of its members (its bases' included), so every
/// member table initializes and every slot holds its own property.
/// </summary>
public sealed partial class WholeApiImportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kalturagen-whole-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [RequiresSharedFixturesFact(WholeApiFixtures.Vpaas311)]
    public Task VpaasApi311ImportsGeneratesCompilesAndRoundTripsEveryClass() =>
        ImportGenerateAndBuildAsync(WholeApiFixtures.Vpaas311, "Vpaas.Api", minimumServices: 50, minimumClasses: 280);

    [RequiresSharedFixturesFact(WholeApiFixtures.Ott523)]
    public Task OttApi523ImportsGeneratesCompilesAndRoundTripsEveryClass() =>
        ImportGenerateAndBuildAsync(WholeApiFixtures.Ott523, "Ott.Api", minimumServices: 110, minimumClasses: 480);

    /// <summary>
    /// Kaltura's current schema leans on plugin types it does not define. Taking a third of 3.1.1's enums and a part of
    /// its classes away (every other class that others derive from, and every seventh class) gives the same holes at
    /// scale: open enums, empty base classes and raw objects, with generated classes deriving from them.
    /// </summary>
    [RequiresSharedFixturesFact(WholeApiFixtures.Vpaas311)]
    public async Task VpaasApi311WithoutManyOfItsTypesStillImportsGeneratesCompilesAndRoundTrips()
    {
        var xml = XDocument.Load(WholeApiFixtures.PathOf(WholeApiFixtures.Vpaas311));
        var enums = xml.Root!.Element("enums")!.Elements("enum").ToList();
        var classes = xml.Root!.Element("classes")!.Elements("class").ToList();
        var bases = classes.Select(c => (string?)c.Attribute("base")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        enums.Where((_, i) => i % 3 == 0).Remove();
        classes.Where((c, i) => (bases.Contains((string)c.Attribute("name")!) && i % 2 == 0) || i % 7 == 0).Remove();
        Directory.CreateDirectory(_root);
        var holed = Path.Combine(_root, "KalturaClient-3.1.1-holed.xml");
        xml.Save(holed);

        var import = await ImportGenerateAndBuildAsync(new FileInfo(holed), "Holed.Api", minimumServices: 50, minimumClasses: 200);

        Assert.Contains("it is imported as an open enum.", import, StringComparison.Ordinal);
        Assert.Contains("it is imported as an empty class.", import, StringComparison.Ordinal);
        Assert.Contains("it is imported as an object kept as raw JSON.", import, StringComparison.Ordinal);
    }

    private Task<string> ImportGenerateAndBuildAsync(string fixture, string ns, int minimumServices, int minimumClasses) =>
        ImportGenerateAndBuildAsync(new FileInfo(WholeApiFixtures.PathOf(fixture)), ns, minimumServices, minimumClasses);

    /// <summary>Imports the whole XML, generates and builds the SDK, runs the round trip of every class; answers the import's output.</summary>
    private async Task<string> ImportGenerateAndBuildAsync(FileInfo xml, string ns, int minimumServices, int minimumClasses)
    {
        var project = Path.Combine(_root, ns);
        Directory.CreateDirectory(project);
        var schema = Path.Combine(project, "api.kgen.json");

        // No --services: the whole API.
        var import = await DotNetCli.RunAsync(project, Cli, "schema", "import", xml.FullName, "--out", schema);
        var services = int.Parse(ServicesWritten().Match(import).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(services >= minimumServices, $"only {services} services imported:\n{import}");

        var repository = TestPaths.RepositoryRoot;
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>{ns}</RootNamespace>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <Import Project="{repository}/generator/KalturaGen.Generator/build/KalturaGen.Generator.props" />
              <ItemGroup>
                <ProjectReference Include="{repository}/src/KalturaGen.Runtime/KalturaGen.Runtime.csproj" />
                <ProjectReference Include="{repository}/generator/KalturaGen.Generator/KalturaGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="api.kgen.json" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(Path.Combine(project, "Program.cs"), WholeApiRoundTrip.Program(ns));

        // Its own artifacts folder: the repository's bin/obj are not touched while other tests run.
        var artifacts = Path.Combine(_root, "artifacts-" + ns);
        var build = await DotNetCli.RunAsync(project, "build", "-c", "Release", "--artifacts-path", artifacts);
        Assert.Matches(@"\b0 Warning\(s\)", build);
        Assert.Matches(@"\b0 Error\(s\)", build);

        var run = await DotNetCli.RunAsync(project, Path.Combine(artifacts, "bin", "Consumer", "release", "Consumer.dll"), schema);
        var roundTrips = WholeApiRoundTrip.Summary().Match(run);
        Assert.True(roundTrips.Success, run);
        Assert.True(int.Parse(roundTrips.Groups["classes"].Value, System.Globalization.CultureInfo.InvariantCulture) >= minimumClasses, run);
        Assert.Equal("0", roundTrips.Groups["failed"].Value);
        return import;
    }

    private static string Cli => typeof(WholeApiImportTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KalturaGenCli").Value!;

    [GeneratedRegex(@"Wrote .*: (\d+) services")]
    private static partial Regex ServicesWritten();
}
