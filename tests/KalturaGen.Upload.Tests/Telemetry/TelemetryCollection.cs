namespace KalturaGen.Upload.Tests.Telemetry;

/// <summary>Telemetry tests listen to every upload in the process: they run when no other test does.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Telemetry";
}
