namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// Builds and runs three consumer projects from the packed packages (<see cref="PackageFeedFixture"/>): one calls the
/// packaged SDK, one generates its own SDK from its own schema, and one runs as a long-lived service (DI, a session
/// renewed from the secret) against the standalone simulator.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackedConsumerTests(PackageFeedFixture feed)
{
    /// <summary>An executable consumer: the trim and Native AOT analyzers run on its code, generated code included.</summary>
    private const string ExeProperties = "<OutputType>Exe</OutputType>\n    <IsAotCompatible>true</IsAotCompatible>";

    [Fact]
    public async Task ConsumersBuildAndRunAgainstThePackedPackages()
    {
        var sdkUser = feed.WriteProject(
            "SdkUser", ["KalturaGen.Client"], ["Microsoft.Extensions.DependencyInjection"], ExeProperties, ("Program.cs", ConsumerSources.SdkUserProgram));
        var output = await BuildAndRunAsync(sdkUser);
        Assert.Contains("token 1_packed FULL_UPLOAD", output, StringComparison.Ordinal);
        Assert.Contains("sent uploadtoken.get with ks consumer-ks", output, StringComparison.Ordinal);
        Assert.Contains("refit 1_packed via UploadTokenApi", output, StringComparison.Ordinal);
        Assert.Contains("di 1_packed sent uploadtoken.get with ks consumer-ks", output, StringComparison.Ordinal);

        var ownSdk = feed.WriteProject(
            "Contoso.Weather",
            ["KalturaGen.Generator", "KalturaGen.Runtime"],
            ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration"],
            ExeProperties,
            ("Program.cs", ConsumerSources.OwnSdkProgram),
            ("weather.kgen.json", ConsumerSources.WeatherSchema));
        output = await BuildAndRunAsync(ownSdk);
        Assert.Contains("forecast Paris 21.5 SUNNY", output, StringComparison.Ordinal);
        Assert.Contains("sent forecast.get", output, StringComparison.Ordinal);
        Assert.Contains("named Paris sent forecast.get with weather-ks", output, StringComparison.Ordinal);

        await using var simulator = await StandaloneSimulatorProcess.StartAsync();
        var service = feed.WriteProject(
            "SessionUser",
            ["KalturaGen.Client"],
            ["Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Configuration"],
            ExeProperties,
            ("Program.cs", RenewingSessionConsumer.Program));
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

    private static async Task<string> BuildAndRunAsync(string project, params string[] arguments)
    {
        await DotNetCli.RunAsync(project, "build", "-c", "Release");
        var name = Path.GetFileName(project);
        return await DotNetCli.RunAsync(project, [Path.Combine("bin", "Release", "net10.0", name + ".dll"), .. arguments]);
    }
}
