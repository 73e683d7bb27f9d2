namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// Every KalturaGen package, packed once for the tests of the <see cref="PackageFeedCollection"/> into a local feed
/// under a unique test version, with a NuGet.config that reads that feed first; deleted afterwards, from the NuGet
/// cache too.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    /// <summary>The packed projects, dependencies first.</summary>
    private static readonly string[] Projects =
    [
        "generator/KalturaGen.Generator", "src/KalturaGen.Schema", "src/KalturaGen.Runtime", "src/KalturaGen.Client",
        "simulator/KalturaGen.Simulator", "simulator/KalturaGen.Simulator.Client", "src/KalturaGen.Cli",
    ];

    private static readonly string[] PackageIds =
    [
        "kalturagen.generator", "kalturagen.schema", "kalturagen.runtime", "kalturagen.client", "kalturagen.simulator", "kalturagen.simulator.client", "kalturagen",
    ];

    /// <summary>The folder holding the feed, the NuGet.config and the consumer projects.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kalturagen-pack-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    /// <summary>The local feed.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        foreach (var project in Projects)
        {
            await DotNetCli.RunAsync(
                TestPaths.RepositoryRoot,
                "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:MinVerVersionOverride={Version}");
        }

        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);

        // The test packages went into the shared NuGet cache under a unique version; remove them from it too.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            var folder = Path.Combine(cache, id, Version);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A consumer project in its own folder under <see cref="Root"/>: our <paramref name="packages"/> at the test version,
    /// <paramref name="others"/> at the versions Directory.Packages.props pins.
    /// </summary>
    public string WriteProject(string name, string[] packages, string[] others, string properties, params (string File, string Text)[] files)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        var references = string.Join(
            "\n    ",
            packages.Select(p => $"<PackageReference Include=\"{p}\" Version=\"{Version}\" />")
                .Concat(others.Select(p => $"<PackageReference Include=\"{p}\" Version=\"{PinnedVersion(p)}\" />")));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {references}
                <AdditionalFiles Include="*.kgen.json" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }

        return directory;
    }

    /// <summary>The version Directory.Packages.props pins for <paramref name="package"/>.</summary>
    private static string PinnedVersion(string package)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == package).Attribute("Version")!.Value;
    }
}

/// <summary>
/// The tests that drive the dotnet CLI (pack, build, test, publish, tool install): one at a time, since each keeps every
/// core busy and in parallel they only push each other past their time limits; the packing ones share one
/// <see cref="PackageFeedFixture"/> (one pack of every package per run).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "dotnet CLI";
}
