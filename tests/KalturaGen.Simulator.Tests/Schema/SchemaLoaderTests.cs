using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>
/// The simulator reads schemas with the shared reader: what the generator rejects, the simulator rejects at load
/// (it used to read a missing type as a string and a type array as its first item).
/// </summary>
public sealed class SchemaLoaderTests
{
    private static string WithProperty(string property) => $$"""
        {
          "definitions": { "KalturaThing": { "type": "object", "properties": { "size": {{property}} } } },
          "services": {},
          "errors": {}
        }
        """;

    [Fact]
    public void APropertyWithoutATypeIsRejectedWithItsPlace()
    {
        var exception = Assert.Throws<SchemaLoadException>(() => SchemaLoader.Parse(WithProperty("""{ "description": "no type" }""")));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("KGEN009", error.Id);
        Assert.Equal(2, error.Location.StartLine + 1);
        Assert.Contains("Property 'size' of class 'KalturaThing' needs a '$ref' or a 'type'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeArrayIsRejectedNotReadAsItsFirstItem()
    {
        var exception = Assert.Throws<SchemaLoadException>(() => SchemaLoader.Parse(WithProperty("""{ "type": ["integer", "string"] }""")));

        Assert.Equal("KGEN016", Assert.Single(exception.Errors).Id);
        Assert.Contains("'type' of property 'size' of class 'KalturaThing' must be a string", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedSchemaAndOverlayLoad()
    {
        var schema = SchemaLoader.LoadEmbedded();

        Assert.NotNull(schema.FindService("uploadtoken"));
        Assert.Equal(TypeKind.Time, schema.FindProperty(schema.GetClass("KalturaMediaEntry"), "createdAt")!.Type.Kind);
        Assert.Equal("KalturaBaseEntry", schema.GetClass("KalturaPlayableEntry").BaseName);
        Assert.NotEmpty(KalturaGen.Simulator.Errors.SimulatorErrors.Overlay);
    }
}
