namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// A long-running service as a new user writes it from the packages: <c>AddKalturaClient</c> bound from configuration,
/// its session generated from the admin secret, against the standalone simulator. The simulator's clock is moved
/// past the KS lifetime through its admin API; the consumer's clock follows it, and the next call must go out with a
/// new KS that the simulator accepts.
/// </summary>
internal static class RenewingSessionConsumer
{
    /// <summary>Arguments: service URL, admin token, partner id, admin secret.</summary>
    public const string Program = """
        using System.Text.Json;
        using KalturaGen.Client;
        using KalturaGen.Client.Enums;
        using KalturaGen.Client.Models;
        using KalturaGen.Client.Services;
        using KalturaGen.Runtime;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        var (serviceUrl, adminToken, partnerId, secret) = (args[0], args[1], args[2], args[3]);
        using var admin = new HttpClient { BaseAddress = new Uri(serviceUrl) };
        admin.DefaultRequestHeaders.Add("X-KalturaGen-Admin-Token", adminToken);
        var clock = new FollowingClock();
        clock.Follow(await SimulatorNowAsync(admin, null));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kaltura:ServiceUrl"] = serviceUrl,
            ["Kaltura:PartnerId"] = partnerId,
            ["Kaltura:Session:Secret"] = secret,
            ["Kaltura:Session:Type"] = "Admin",
        }).Build();
        var services = new ServiceCollection();
        services.AddKalturaClient(configuration.GetSection("Kaltura"), options => options.TimeProvider = clock);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var media = provider.GetRequiredService<IMediaService>();
        var client = provider.GetRequiredService<KalturaClient>();

        var entry = await media.AddAsync(new MediaEntry { Name = "day 0", MediaType = MediaType.VIDEO });
        var first = client.Ks!;

        // 25 hours on the simulator's clock: past the one-day KS.
        clock.Follow(await SimulatorNowAsync(admin, "/__kalturagen/clock/advance?seconds=90000"));
        try
        {
            await new KalturaClient(new HttpClient(), new KalturaClientOptions { ServiceUrl = new Uri(serviceUrl), Ks = first }).Media.GetAsync(entry.Id!);
            Console.WriteLine("first ks still accepted");
        }
        catch (KalturaApiException refused)
        {
            Console.WriteLine($"first ks refused {refused.Code} {refused.Message}");
        }

        var renamed = await media.UpdateAsync(entry.Id!, new MediaEntry { Name = "day 1" });
        Console.WriteLine($"renewed {(client.Ks != first ? "new ks" : "same ks")} {renamed.Name}");
        return 0;

        static async Task<DateTimeOffset> SimulatorNowAsync(HttpClient admin, string? advance)
        {
            using var response = advance is null ? await admin.GetAsync("/__kalturagen/clock") : await admin.PostAsync(advance, null);
            response.EnsureSuccessStatusCode();
            using var clock = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return DateTimeOffset.FromUnixTimeSeconds(clock.RootElement.GetProperty("now").GetInt64());
        }

        /// <summary>Real time shifted to the simulator's clock, as a service on a skewed host would see it.</summary>
        sealed class FollowingClock : TimeProvider
        {
            private TimeSpan _offset;

            public void Follow(DateTimeOffset simulatorNow) => _offset = simulatorNow - TimeProvider.System.GetUtcNow();

            public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;
        }
        """;
}
