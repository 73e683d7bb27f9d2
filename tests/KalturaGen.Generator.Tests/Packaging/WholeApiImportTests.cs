using System.Reflection;
using System.Text.RegularExpressions;

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

    private async Task ImportGenerateAndBuildAsync(string fixture, string ns, int minimumServices, int minimumClasses)
    {
        var project = Path.Combine(_root, ns);
        Directory.CreateDirectory(project);
        var schema = Path.Combine(project, "api.kgen.json");

        // No --services: the whole API.
        var import = await DotNetCli.RunAsync(project, Cli, "schema", "import", WholeApiFixtures.PathOf(fixture), "--out", schema);
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
    }

    private static string Cli => typeof(WholeApiImportTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KalturaGenCli").Value!;

    [GeneratedRegex(@"Wrote .*: (\d+) services")]
    private static partial Regex ServicesWritten();
}
