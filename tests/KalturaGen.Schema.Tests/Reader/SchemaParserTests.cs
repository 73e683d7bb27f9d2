using KalturaGen.Schema.Parsing;

namespace KalturaGen.Schema.Tests.Reader;

/// <summary>The reader's public face, as the simulator, the importer and the tools use it.</summary>
public sealed class SchemaParserTests
{
    private const string Path = "/schemas/mini.kgen.json";

    private static string Document(string throws) => $$"""
        {
          "info": { "title": "Mini", "apiVersion": "1.0" },
          "definitions": { "KalturaThing": { "type": "object", "properties": { "id": { "type": "string" } } } },
          "services": { "thing": { "name": "thing", "actions": { "get": {
            "params": [{ "name": "id", "type": "string" }],
            "result": { "$ref": "#/definitions/KalturaThing" },
            "throws": [{{throws}}] } } } },
          "errors": {
            "THING_NOT_FOUND": { "message": "Thing \"@ID@\" of @OWNER@ not found", "args": ["ID", "OWNER"] }
          }
        }
        """;

    [Fact]
    public void ErrorsKeepTheirTemplateAndPlaceholderNamesInOrder()
    {
        var result = SchemaParser.Parse(Path, Document("\"THING_NOT_FOUND\""));

        Assert.Empty(result.Diagnostics);
        var error = Assert.Single(result.Model!.Errors);
        Assert.Equal("Thing \"@ID@\" of @OWNER@ not found", error.Message);
        Assert.Equal(["ID", "OWNER"], error.Args);
        Assert.Equal("THING_NOT_FOUND", Assert.Single(result.Model.Services[0].Actions[0].Throws).Code);
    }

    [Fact]
    public void AWarningLeavesTheModelAndPrintsWithItsPlace()
    {
        var text = Document("\"THING_GONE\"");
        var result = SchemaParser.Parse(Path, text);

        Assert.NotNull(result.Model);
        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        var line = text[..text.IndexOf("\"THING_GONE\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.StartsWith($"{Path}({line},", warning.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("warning KGEN012: Action 'thing.get' throws 'THING_GONE', which is not declared under 'errors'", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorRejectsTheModelAndSaysWhere()
    {
        var text = Document("\"THING_NOT_FOUND\"").Replace("#/definitions/KalturaThing", "#/definitions/KalturaNothing", StringComparison.Ordinal);
        var result = SchemaParser.Parse(Path, text);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(SchemaDiagnosticIds.UnknownTypeReference, error.Id);
        Assert.Equal("\"#/definitions/KalturaNothing\"", text.Substring(error.Location.Start, error.Location.Length));
    }

    [Fact]
    public void CommentsAreNotJson()
    {
        var result = SchemaParser.Parse(Path, "// a comment\n" + Document("\"THING_NOT_FOUND\""));

        Assert.Null(result.Model);
        Assert.Equal(SchemaDiagnosticIds.InvalidJson, Assert.Single(result.Diagnostics).Id);
    }
}
