using KalturaGen.Client.Enums;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Client.Upload;
using KalturaGen.Runtime;
using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary><c>AddKalturaClient(configuration)</c> binds the client's options, its session and its uploader's options.</summary>
public class ConfigurationBindingTests
{
    private const string TokenJson = """{"id":"1_tok","objectType":"KalturaUploadToken"}""";

    [Fact]
    public async Task OptionsSessionAndUploadSettingsBindFromAConfigurationSection()
    {
        var configuration = Configuration(new()
        {
            ["Kaltura:ServiceUrl"] = "https://kaltura.example/",
            ["Kaltura:PartnerId"] = "4242",
            ["Kaltura:ClientTag"] = "ingest-worker",
            ["Kaltura:Timeout"] = "00:00:45",
            ["Kaltura:Session:Secret"] = "configured-secret",
            ["Kaltura:Session:Type"] = "Admin",
            ["Kaltura:Session:UserId"] = "worker@example.com",
            ["Kaltura:Session:Privileges"] = "disableentitlement",
            ["Kaltura:Session:Expiry"] = "02:00:00",
            ["Kaltura:Upload:ChunkSize"] = "1048576",
            ["Kaltura:Upload:MaxParallelism"] = "2",
            ["Kaltura:Upload:EntryType"] = "DOCUMENT",
            ["Kaltura:Upload:ReadyPollIntervals:0"] = "00:00:01",
            ["Kaltura:Upload:ReadyPollIntervals:1"] = "00:00:02",
            ["Kaltura:Upload:CheckpointDirectory"] = "checkpoints",
        });
        var handler = new StubHandler().RespondJson(TokenJson);
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration.GetSection("Kaltura")).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KalturaClientOptions>>().Value;
        Assert.Equal(new Uri("https://kaltura.example/"), options.ServiceUrl);
        Assert.Equal(4242, options.PartnerId);
        Assert.Equal("ingest-worker", options.ClientTag);
        Assert.Equal(TimeSpan.FromSeconds(45), options.Timeout);
        Assert.Null(options.Ks);
        Assert.Equal(KsType.Admin, options.Session.Type);
        Assert.Equal(TimeSpan.FromHours(2), options.Session.Expiry);
        var upload = provider.GetRequiredService<IOptions<UploadOptions>>().Value;
        Assert.Equal(1048576, upload.ChunkSize);
        Assert.Equal(2, upload.MaxParallelism);
        Assert.Equal(EntryType.DOCUMENT, upload.EntryType);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], upload.ReadyPollIntervals);
        Assert.Equal(Path.GetFullPath("checkpoints"), Path.GetDirectoryName(((FileCheckpointStore)upload.CheckpointStore!).PathFor("/media/talk.mp4")));
        Assert.True(upload.WaitForReady);

        await provider.GetRequiredService<KalturaClient>().UploadToken.GetAsync("1_tok");

        Assert.Equal("https://kaltura.example/api_v3/service/uploadtoken/action/get", handler.Last.Uri.ToString());
        Assert.Contains("\"partnerId\":4242,\"clientTag\":\"ingest-worker\"", handler.Last.Body, StringComparison.Ordinal);
        Assert.True(KalturaSession.TryParse(SentKs.Of(handler.Last.Body), "configured-secret", out var session));
        Assert.Equal((4242, (int)KsType.Admin, "worker@example.com", "disableentitlement"), (session!.PartnerId, session.Type, session.UserId, session.Privileges));
    }

    [Fact]
    public async Task CodeConfigurationRunsAfterTheSectionAndAbsentKeysKeepTheirDefaults()
    {
        var configuration = Configuration(new()
        {
            ["ServiceUrl"] = "https://kaltura.example/",
            ["Ks"] = "configured-ks",
        });
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration, o => o.PartnerId = 7);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KalturaClientOptions>>().Value;

        Assert.Equal(7, options.PartnerId);
        Assert.Equal("configured-ks", provider.GetRequiredService<KalturaClient>().Ks);
        Assert.Equal("kalturagen-dotnet", options.ClientTag);
        Assert.Equal(TimeSpan.FromSeconds(120), options.Timeout);
        Assert.Equal(4, provider.GetRequiredService<IOptions<UploadOptions>>().Value.MaxParallelism);
    }

    [Fact]
    public async Task AValueThatIsNotANumberNamesItsKey()
    {
        var configuration = Configuration(new()
        {
            ["Kaltura:ServiceUrl"] = "https://kaltura.example/",
            ["Kaltura:PartnerId"] = "partner-a",
        });
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration.GetSection("Kaltura"));
        await using var provider = services.BuildServiceProvider();

        var wrong = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<KalturaClient>());

        Assert.Contains("'partner-a' at 'Kaltura:PartnerId'", wrong.Message, StringComparison.Ordinal);
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
