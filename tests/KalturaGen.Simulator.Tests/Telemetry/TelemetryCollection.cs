namespace KalturaGen.Simulator.Tests.Telemetry;

/// <summary>Telemetry tests listen to every simulator in the process: they run when no other test does.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Simulator telemetry";
}
