using KalturaGen.Client.Services;
using KalturaGen.Client.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Client.Tests;

/// <summary>AddKalturaClient registers a typed HttpClient client and every service interface.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task ServiceInterfacesResolveToTheConfiguredClient()
    {
        var handler = new StubHandler().RespondJson("""{"id":"1_tok","objectType":"KalturaUploadToken"}""");
        var services = new ServiceCollection();
        services.AddKalturaClient(o =>
            {
                o.ServiceUrl = new Uri("http://di.test/");
                o.Ks = "di-ks";
                o.ClientTag = "di";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var tokens = provider.GetRequiredService<IUploadTokenService>();
        var token = await tokens.GetAsync("1_tok");

        Assert.Equal("1_tok", token.Id);
        Assert.Equal("http://di.test/api_v3/service/uploadtoken/action/get", handler.Last.Uri.ToString());
        Assert.Contains("\"ks\":\"di-ks\",\"clientTag\":\"di\"", handler.Last.Body, StringComparison.Ordinal);
        Assert.NotNull(provider.GetRequiredService<KalturaClient>().Media);
        Assert.NotNull(provider.GetRequiredService<IMediaService>());
    }
}
