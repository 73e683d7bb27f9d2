using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KalturaGen.Client.Tests.DependencyInjection;

/// <summary>Options that cannot work stop the host at start, with a message that says what to fix.</summary>
public class OptionsValidationTests
{
    public static TheoryData<Dictionary<string, string?>, string> InvalidSettings => new()
    {
        {
            new() { ["Kaltura:PartnerId"] = "100" },
            "Kaltura client options: ServiceUrl is not set. Set it to your Kaltura server's root, the part before /api_v3 (e.g. https://www.kaltura.com)."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "www.kaltura.com" },
            "Kaltura client options: ServiceUrl 'www.kaltura.com' is not an absolute http or https URL. Set it to your Kaltura server's root, e.g. https://www.kaltura.com."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "ftp://kaltura.example/" },
            "Kaltura client options: ServiceUrl 'ftp://kaltura.example/' is not an absolute http or https URL. Set it to your Kaltura server's root, e.g. https://www.kaltura.com."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:Session:Secret"] = "s3cret" },
            "Kaltura client options: PartnerId is not set; sessions generated from Session:Secret need the partner's id, a positive number."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:PartnerId"] = "0", ["Kaltura:Session:Secret"] = "s3cret" },
            "Kaltura client options: PartnerId is 0; sessions generated from Session:Secret need the partner's id, a positive number."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:Timeout"] = "00:00:00" },
            "Kaltura client options: Timeout is 00:00:00; it must be positive (or Timeout.InfiniteTimeSpan, -00:00:00.001, for none)."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:PartnerId"] = "100", ["Kaltura:Session:Secret"] = "s3cret", ["Kaltura:Session:Expiry"] = "00:00:00" },
            "Kaltura client options: Session:Expiry is 00:00:00; a session must live at least one second (default one day, 1.00:00:00)."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:Upload:MaxParallelism"] = "0" },
            "Kaltura upload options: MaxParallelism must be at least 1."
        },
        {
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:Upload:EntryType"] = "LIVE_STREAM" },
            "Kaltura upload options: An upload cannot create an entry of type 'LIVE_STREAM'; it creates MEDIA_CLIP (media), DOCUMENT (document), DATA (data)."
        },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task TheHostDoesNotStartWithOptionsThatCannotWork(Dictionary<string, string?> settings, string message)
    {
        using var host = Host(settings, (services, configuration) => services.AddKalturaClient(configuration.GetSection("Kaltura")));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(refused.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryFailureOfANamedClientIsReportedUnderItsName()
    {
        using var host = Host(
            new() { ["Kaltura:PartnerB:ServiceUrl"] = "kaltura.example", ["Kaltura:PartnerB:Session:Secret"] = "s3cret" },
            (services, configuration) => services.AddKalturaClient("PartnerB", configuration.GetSection("Kaltura:PartnerB")));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("PartnerB", refused.OptionsName);
        Assert.Equal(
            [
                "Kaltura client 'PartnerB' options: ServiceUrl 'kaltura.example' is not an absolute http or https URL. Set it to your Kaltura server's root, e.g. https://www.kaltura.com.",
                "Kaltura client 'PartnerB' options: PartnerId is not set; sessions generated from Session:Secret need the partner's id, a positive number.",
            ],
            refused.Failures);
    }

    [Fact]
    public async Task AHostWithWorkableOptionsStarts()
    {
        using var host = Host(
            new() { ["Kaltura:ServiceUrl"] = "https://kaltura.example/", ["Kaltura:PartnerId"] = "100", ["Kaltura:Session:Secret"] = "s3cret" },
            (services, configuration) => services.AddKalturaClient(configuration.GetSection("Kaltura")));

        await host.StartAsync();
        await host.StopAsync();
    }

    private static IHost Host(Dictionary<string, string?> settings, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection, IConfiguration> register)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
