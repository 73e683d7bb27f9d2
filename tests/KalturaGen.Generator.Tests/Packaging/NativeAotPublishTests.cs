namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// A console app using the SDK every way (friendly client, Refit's <c>RestService.ForGenerated</c>, dependency
/// injection, a string result) publishes with Native AOT without a single warning, and the native binary runs.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class NativeAotPublishTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kalturagen-aot-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ConsumerPublishesWithNativeAotWithoutWarningsAndRuns()
    {
        var project = Path.Combine(_root, "AotConsumer");
        Directory.CreateDirectory(project);
        var client = Path.Combine(TestPaths.RepositoryRoot, "src", "KalturaGen.Client", "KalturaGen.Client.csproj");
        File.WriteAllText(Path.Combine(project, "AotConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <PublishAot>true</PublishAot>
                <!-- The machine has gcc, not clang. -->
                <CppCompilerAndLinker>gcc</CppCompilerAndLinker>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{client}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.14" />
                <PackageReference Include="Microsoft.Extensions.Configuration" Version="10.0.14" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), AotProgram);

        // Its own artifacts folder: the repository's bin/obj are not touched while other tests run.
        var artifacts = Path.Combine(_root, "artifacts");
        var output = await DotNetCli.RunAsync(project, "publish", "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-p:TreatWarningsAsErrors=false");

        Assert.DoesNotContain(" warning ", output, StringComparison.OrdinalIgnoreCase);
        var binary = Directory.GetFiles(Path.Combine(artifacts, "publish"), "AotConsumer", SearchOption.AllDirectories).Single();
        var run = await ProcessRunner.RunAsync(binary);
        Assert.Equal("1_aot FULL_UPLOAD 1_aot 1_aot djJ8aot | named 1_aot partner 100 upload 3 KalturaUploader", run.Trim());
    }

    private const string AotProgram = """
        using System.Net;
        using System.Text;
        using KalturaGen.Client;
        using KalturaGen.Client.Api;
        using KalturaGen.Runtime;
        using KalturaGen.Runtime.Sessions;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        var handler = new StubHandler();
        var options = new KalturaClientOptions { ServiceUrl = new Uri("http://kaltura.test/"), Ks = "aot-ks" };
        var client = new KalturaClient(new HttpClient(handler), options);
        var token = await client.UploadToken.GetAsync("1_aot");
        var settings = new KalturaConnection(options, KalturaClient.SchemaApiVersion).GetRefitSettings(KalturaGen.Client.Json.KalturaJsonTypeInfoResolver.Options);
        var api = Refit.RestService.ForGenerated<IUploadTokenApi>(new HttpClient(handler) { BaseAddress = options.ServiceUrl }, settings);
        var viaRefit = await api.GetAsync(new UploadTokenGetParameters { UploadTokenId = "1_aot" });
        var services = new ServiceCollection();
        services.AddKalturaClient(o => { o.ServiceUrl = options.ServiceUrl; o.Ks = "aot-ks"; }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var viaDi = await provider.GetRequiredService<IUploadTokenApi>().GetAsync(new UploadTokenGetParameters { UploadTokenId = "1_aot" });
        var ks = await provider.GetRequiredService<KalturaClient>().Session.StartAsync("secret", type: KalturaGen.Client.Enums.SessionType.ADMIN, partnerId: 100);
        Console.Write($"{token.Id} {token.Status} {viaRefit.Id} {viaDi.Id} {ks}");

        // A named client bound from configuration, with a session generated from the secret, and its uploader.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kaltura:ServiceUrl"] = "http://kaltura.test/",
            ["Kaltura:PartnerId"] = "100",
            ["Kaltura:Session:Secret"] = "aot-secret",
            ["Kaltura:Session:Type"] = "Admin",
            ["Kaltura:Upload:MaxParallelism"] = "3",
        }).Build();
        var named = new ServiceCollection();
        named.AddKalturaClient("aot", configuration.GetSection("Kaltura")).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var namedProvider = named.BuildServiceProvider();
        var keyed = namedProvider.GetRequiredKeyedService<KalturaClient>("aot");
        var viaNamed = await keyed.UploadToken.GetAsync("1_aot");
        var partner = KalturaSession.TryParse(keyed.Ks, "aot-secret", out var session) ? session!.PartnerId : 0;
        var parallelism = namedProvider.GetRequiredService<IOptionsMonitor<KalturaGen.Client.Upload.UploadOptions>>().Get("aot").MaxParallelism;
        await using var scope = namedProvider.CreateAsyncScope();
        var uploader = scope.ServiceProvider.GetRequiredKeyedService<KalturaGen.Client.Upload.KalturaUploader>("aot");
        Console.WriteLine($" | named {viaNamed.Id} partner {partner} upload {parallelism} {uploader.GetType().Name}");

        sealed class StubHandler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.RequestUri!.AbsolutePath.EndsWith("/start", StringComparison.Ordinal)
                    ? "\"djJ8aot\""
                    : "{\"id\":\"1_aot\",\"status\":2,\"objectType\":\"KalturaUploadToken\"}";
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, "application/json") });
            }
        }
        """;
}
