using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Errors;

/// <summary>
/// The error codes the simulator raises that the ingestion schema does not declare, read from
/// <c>schema/overlays/simulator-errors.kgen.json</c> (embedded): server constants no ingestion action documents,
/// and the simulator's own codes for PHP's input limits. Every other code and message comes from the schema.
/// </summary>
internal static class SimulatorErrors
{
    /// <summary>The logical name of the overlay embedded in the simulator assembly.</summary>
    public const string EmbeddedResourceName = "simulator-errors.kgen.json";

    private static readonly Lazy<IReadOnlyList<ErrorDef>> Loaded = new(() =>
        [.. SchemaLoader.ErrorsOf(SchemaLoader.ReadEmbedded(EmbeddedResourceName, "schema/overlays/simulator-errors.kgen.json"))]);

    /// <summary>The overlay's errors, in file order.</summary>
    public static IReadOnlyList<ErrorDef> Overlay => Loaded.Value;
}
