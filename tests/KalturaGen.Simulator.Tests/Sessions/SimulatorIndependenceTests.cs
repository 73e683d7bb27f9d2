namespace KalturaGen.Simulator.Tests.Sessions;

/// <summary>
/// The simulator checks the SDK, so it must not share the SDK's code: a KS bug in one would then pass both sides. Its
/// assembly references neither the SDK nor its runtime; only the KalturaGen.Simulator.Client bridge joins them.
/// </summary>
public sealed class SimulatorIndependenceTests
{
    [Fact]
    public void SimulatorAssemblyReferencesNeitherClientNorRuntime()
    {
        var references = typeof(KalturaSimulator).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("KalturaGen.Client", references);
        Assert.DoesNotContain("KalturaGen.Runtime", references);
        Assert.Contains("Microsoft.AspNetCore.TestHost", references);
    }

    [Fact]
    public void BridgeReferencesTheSimulatorAndTheClient()
    {
        var references = typeof(SimulatorClientExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("KalturaGen.Simulator", references);
        Assert.Contains("KalturaGen.Client", references);
        Assert.Equal("KalturaGen.Simulator.Client", typeof(SimulatorClientExtensions).Assembly.GetName().Name);
    }
}
