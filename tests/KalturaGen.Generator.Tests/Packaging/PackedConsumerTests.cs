namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// Packs KalturaGen.Runtime, KalturaGen.Generator and KalturaGen.Client into a local feed, then builds and runs
/// three consumer projects from it: one calls the packaged SDK, one generates its own SDK from its own schema, and one
/// runs as a long-lived service (DI, a session renewed from the secret) against the standalone simulator.
/// </summary>
public sealed class PackedConsumerTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kalturagen-pack-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    private string Feed => Path.Combine(_root, "feed");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        foreach (var project in new[] { "generator/KalturaGen.Generator", "src/KalturaGen.Runtime", "src/KalturaGen.Client" })
        {
            await DotNetCli.RunAsync(
                TestPaths.RepositoryRoot,
                "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(_root, "artifacts"), $"-p:MinVerVersionOverride={_version}");
        }

        File.WriteAllText(Path.Combine(_root, "NuGet.config"), $"""
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

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);

        // The test packages went into the shared NuGet cache under a unique version; remove them from it too.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "kalturagen.generator", "kalturagen.runtime", "kalturagen.client" })
        {
            var folder = Path.Combine(cache, id, _version);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task ConsumersBuildAndRunAgainstThePackedPackages()
    {
        var sdkUser = WriteProject("SdkUser", ["KalturaGen.Client"], ConsumerSources.SdkUserProgram, ["Microsoft.Extensions.DependencyInjection"]);
        var output = await BuildAndRunAsync(sdkUser);
        Assert.Contains("token 1_packed FULL_UPLOAD", output, StringComparison.Ordinal);
        Assert.Contains("sent uploadtoken.get with ks consumer-ks", output, StringComparison.Ordinal);
        Assert.Contains("refit 1_packed via UploadTokenApi", output, StringComparison.Ordinal);
        Assert.Contains("di 1_packed sent uploadtoken.get with ks consumer-ks", output, StringComparison.Ordinal);

        var ownSdk = WriteProject(
            "Contoso.Weather", ["KalturaGen.Generator", "KalturaGen.Runtime"], ConsumerSources.OwnSdkProgram, ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration"]);
        File.WriteAllText(Path.Combine(ownSdk, "weather.kgen.json"), ConsumerSources.WeatherSchema);
        output = await BuildAndRunAsync(ownSdk);
        Assert.Contains("forecast Paris 21.5 SUNNY", output, StringComparison.Ordinal);
        Assert.Contains("sent forecast.get", output, StringComparison.Ordinal);
        Assert.Contains("named Paris sent forecast.get with weather-ks", output, StringComparison.Ordinal);

        await using var simulator = await StandaloneSimulatorProcess.StartAsync();
        var service = WriteProject(
            "SessionUser", ["KalturaGen.Client"], RenewingSessionConsumer.Program, ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration"]);
        output = await BuildAndRunAsync(service, simulator.ServiceUrl, simulator.AdminToken, "100", simulator.AdminSecret);
        Assert.Contains("first ks refused INVALID_KS", output, StringComparison.Ordinal);
        Assert.Contains("EXPIRED", output, StringComparison.Ordinal);
        Assert.Contains("renewed new ks day 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PackagesAreVersionedByMinVerWithADefaultForTaglessClones()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props"));
        Assert.Empty(props.Descendants("Version"));
        Assert.Equal("v", props.Descendants("MinVerTagPrefix").Single().Value);
        Assert.Matches(@"^\d+\.\d+$", props.Descendants("MinVerMinimumMajorMinor").Single().Value);
    }

    /// <summary>A consumer project of our packages (at the test version) and of <paramref name="others"/> (at the repository's pinned versions).</summary>
    private string WriteProject(string name, string[] packages, string program, string[]? others = null)
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(directory);
        var references = string.Join(
            "\n    ",
            packages.Select(p => $"<PackageReference Include=\"{p}\" Version=\"{_version}\" />")
                .Concat((others ?? []).Select(p => $"<PackageReference Include=\"{p}\" Version=\"{PinnedVersion(p)}\" />")));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- The trim and Native AOT analyzers run on the consumer's code, generated code included. -->
                <IsAotCompatible>true</IsAotCompatible>
              </PropertyGroup>
              <ItemGroup>
                {references}
                <AdditionalFiles Include="*.kgen.json" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return directory;
    }

    /// <summary>The version Directory.Packages.props pins for <paramref name="package"/>.</summary>
    private static string PinnedVersion(string package)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == package).Attribute("Version")!.Value;
    }

    private static async Task<string> BuildAndRunAsync(string project, params string[] arguments)
    {
        await DotNetCli.RunAsync(project, "build", "-c", "Release");
        var name = Path.GetFileName(project);
        return await DotNetCli.RunAsync(project, [Path.Combine("bin", "Release", "net10.0", name + ".dll"), .. arguments]);
    }
}
