using KalturaGen.Client;
using KalturaGen.Client.Upload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KalturaGen.Upload.Tests.Engine;

/// <summary>UploadOptions.MaxParallelism left unset: one chunk at a time to a loopback service URL, 4 elsewhere.</summary>
public sealed class LoopbackParallelismTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost/")]
    [InlineData("http://[::1]:8080/")]
    public void UnsetParallelismIsOneOnLoopback(string serviceUrl)
    {
        var options = new UploadOptions();
        Assert.Equal(1, options.ForService(new Uri(serviceUrl)).MaxParallelism);
        Assert.Equal(4, options.MaxParallelism);
    }

    [Fact]
    public void UnsetParallelismStaysFourForARemoteService() =>
        Assert.Equal(4, new UploadOptions().ForService(new Uri("https://www.kaltura.com/")).MaxParallelism);

    [Fact]
    public void UnsetParallelismStaysFourWithoutAServiceUrl() =>
        Assert.Equal(4, new UploadOptions().ForService(null).MaxParallelism);

    [Fact]
    public void ASetParallelismHoldsOnLoopback()
    {
        var options = new UploadOptions { MaxParallelism = 8 };
        Assert.Same(options, options.ForService(new Uri("http://127.0.0.1/")));
        Assert.Equal(8, options.ForService(new Uri("http://127.0.0.1/")).MaxParallelism);
    }

    [Fact]
    public void TheLoopbackCopyKeepsTheOtherSettings()
    {
        var options = new UploadOptions { ChunkSize = 1234, AutoFinalize = true, MaxRetryAttempts = 2 };
        var copy = options.ForService(new Uri("http://localhost/"));
        Assert.Equal((1234, true, 2), (copy.ChunkSize, copy.AutoFinalize, copy.MaxRetryAttempts));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("3", 3)]
    public async Task TheDiUploaderOptionsKeepTheLoopbackDefaultUnlessConfigured(string? configured, int expected)
    {
        var values = new Dictionary<string, string?>
        {
            ["Kaltura:ServiceUrl"] = "http://127.0.0.1:5000/",
            ["Kaltura:Ks"] = "configured-ks",
            ["Kaltura:Upload:ChunkSize"] = "1048576",
        };
        if (configured is not null)
        {
            values["Kaltura:Upload:MaxParallelism"] = configured;
        }

        var services = new ServiceCollection();
        services.AddKalturaClient(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Kaltura"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<UploadOptions>>().Value;
        Assert.Equal(1048576, options.ChunkSize);
        Assert.Equal(expected, options.ForService(new Uri("http://127.0.0.1:5000/")).MaxParallelism);
    }
}
