using System.Text.RegularExpressions;
using KalturaGen.Schema.Parsing;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>
/// The simulator's error catalogue is the schema's <c>errors</c> plus the overlay
/// (schema/overlays/simulator-errors.kgen.json): no code or message is written twice, and every code the
/// simulator raises has a template (reference §2: the server formats each constant's message from its args).
/// </summary>
public sealed partial class ErrorCatalogTests
{
    private static readonly ApiSchema Embedded = SchemaLoader.LoadEmbedded();

    [Fact]
    public void TheOverlayDeclaresOnlyCodesTheSchemaLacks()
    {
        Assert.NotEmpty(SimulatorErrors.Overlay);
        Assert.All(SimulatorErrors.Overlay, error => Assert.DoesNotContain(error.Code, Embedded.Errors.Keys));
    }

    [Fact]
    public void TheCatalogHoldsTheSchemasTemplatesAsWritten()
    {
        // Read independently of the simulator's loader: the file as the generator reads it.
        var path = Path.Combine(RepositoryFiles.Root, "schema", "kaltura-ingestion.kgen.json");
        var model = SchemaParser.Parse(path, File.ReadAllText(path)).Model!;
        var catalog = new ErrorCatalog(Embedded);
        Assert.Equal(model.Errors.Count + SimulatorErrors.Overlay.Count, catalog.Definitions.Count);
        foreach (var error in model.Errors)
        {
            var held = catalog.Definitions[error.Code];
            Assert.Equal(error.Message, held.Message);
            Assert.Equal([.. error.Args], held.Args);
        }
    }

    [Fact]
    public void EveryCodeTheSimulatorRaisesIsInTheSchemaOrTheOverlay()
    {
        var raised = RepositoryFiles.SimulatorSources()
            .SelectMany(source => RaisedCode().Matches(File.ReadAllText(source)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Order()
            .ToList();
        var catalog = new ErrorCatalog(Embedded);

        Assert.Contains("ENTRY_ID_NOT_FOUND", raised);
        Assert.Contains("POST_MAX_SIZE_EXCEEDED", raised);
        Assert.Equal([], raised.Where(code => !catalog.Contains(code)).ToArray());
    }

    [Fact]
    public void EveryOverlayTemplateNamesItsArgsInOrder()
    {
        foreach (var error in SimulatorErrors.Overlay)
        {
            var placeholders = Placeholder().Matches(error.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.Equal(placeholders, error.Args);
        }
    }

    [Fact]
    public void ArgumentsFillTheMessageInOrderAndMissingOnesReadNotAvailable()
    {
        var catalog = new ErrorCatalog(Embedded);
        var error = catalog.Format(new ApiException("INVALID_ENTRY_TYPE", "0_abc", "6"));
        Assert.Equal("Entry \"0_abc\" type is \"6\", type must be \"N/A\"", error.Message);
        Assert.Equal(["ENTRY_NAME", "WRONG_ENTRY_TYPE", "RIGHT_ENTRY_TYPE"], error.Args.Select(a => a.Key).ToArray());
        Assert.Equal("N/A", error.Args[2].Value);
    }

    [Fact]
    public void UnknownCodesBecomeTheServersMisspelledInternalError()
    {
        var error = new ErrorCatalog(Embedded).Format(new ApiException("NO_SUCH_CODE"));
        Assert.Equal("INTERNAL_SERVERL_ERROR", error.Code);
        Assert.Equal("Internal server error occurred", error.Message);
    }

    /// <summary>A code raised as <c>new ApiException("CODE", ...)</c> or, where the type is known, <c>new("CODE", ...)</c>.</summary>
    [GeneratedRegex("""(?:ApiException|\bnew)\("([A-Z][A-Z0-9_]+)"[,)]""")]
    private static partial Regex RaisedCode();

    [GeneratedRegex("@([A-Z0-9_]+)@")]
    private static partial Regex Placeholder();
}
