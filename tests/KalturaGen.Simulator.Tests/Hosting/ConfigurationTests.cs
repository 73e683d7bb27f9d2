using KalturaGen.Simulator.Hosting;
using Microsoft.Extensions.Configuration;

namespace KalturaGen.Simulator.Tests.Hosting;

/// <summary>The standalone simulator's options from configuration, and the simulator's lifetime.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void PartnersFeaturesTimesAndClockComeFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:ConversionTime"] = "00:00:09",
            ["Simulator:FinalChunkWait"] = "00:00:02",
            ["Simulator:ClockMode"] = "manual",
            ["Simulator:Partners:0:Id"] = "100",
            ["Simulator:Partners:1:Id"] = "200",
            ["Simulator:Partners:1:AdminSecret"] = "s200",
            ["Simulator:Partners:1:KsVersion"] = "1",
            ["Simulator:Partners:1:Features:0"] = PartnerFeatures.EntryReplacementApproval,
        }).Build();

        var options = SimulatorConfiguration.Read(configuration);

        Assert.Equal(TimeSpan.FromSeconds(9), options.ConversionTime);
        Assert.Equal(TimeSpan.FromSeconds(2), options.FinalChunkWait);
        Assert.IsType<ManualClock>(options.Clock);
        Assert.Equal([100, 200], options.Partners.Select(p => p.Id).ToArray());
        Assert.Equal(SimulatorDefaults.AdminSecret, options.Partners[0].AdminSecret);
        Assert.Equal("s200", options.Partners[1].AdminSecret);
        Assert.Matches("^[0-9a-f]{32}$", options.Partners[1].UserSecret);
        Assert.Equal(1, options.Partners[1].KsVersion);
        Assert.True(options.Partners[1].HasFeature(PartnerFeatures.EntryReplacementApproval));
    }

    [Fact]
    public void StandaloneDefaultsToRealTimeThatTheAdminApiCanAdvance()
    {
        var options = SimulatorConfiguration.Read(new ConfigurationBuilder().Build());
        var clock = Assert.IsType<OffsetSystemClock>(options.Clock);
        var before = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(2));
        Assert.True(clock.GetUtcNow() - before >= TimeSpan.FromDays(2));
        Assert.Equal(SimulatorDefaults.PartnerId, Assert.Single(options.EffectivePartners()).Id);
    }

    [Fact]
    public async Task DisposingDeletesTheStoredBytes()
    {
        var simulator = await KalturaSimulator.StartInProcessAsync();
        var root = simulator.Runtime.Storage.Root;
        Assert.True(Directory.Exists(root));
        await simulator.DisposeAsync();
        Assert.False(Directory.Exists(root));
    }
}
