using static KalturaGen.Generator.Tests.Diagnostics.DiagnosticAssert;

namespace KalturaGen.Generator.Tests.Diagnostics;

/// <summary>Diagnostics about the document as a whole: JSON syntax and section shapes.</summary>
public class DocumentDiagnosticsTests
{
    [Fact]
    public void InvalidJsonIsKgen001AtTheOffendingCharacter()
    {
        const string schema = "{\n  \"definitions\": {\n    \"KalturaA\": { \"type\": \"object\" },,\n  }\n}";
        var diagnostic = Assert.Single(Run(schema).Diagnostics);
        Assert.Equal("KGEN001", diagnostic.Id);
        Assert.StartsWith("The schema is not valid JSON: ", diagnostic.GetMessage());
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((2, 37), (position.Line, position.Character));
        Assert.Equal(',', schema[diagnostic.Location.SourceSpan.Start]);
    }

    [Fact]
    public void InvalidJsonAfterMultiByteTextIsLocatedInCharacters()
    {
        const string schema = "{ \"info\": { \"title\": \"Ünïcødé 🎬\" } x }";
        var diagnostic = Assert.Single(Run(schema).Diagnostics);
        Assert.Equal("KGEN001", diagnostic.Id);
        Assert.Equal(schema.IndexOf('x'), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void EmptyFileIsKgen001()
    {
        var diagnostic = Assert.Single(Run("  \n").Diagnostics);
        Assert.Equal("KGEN001", diagnostic.Id);
        Assert.Equal("The schema is not valid JSON: the file is empty", diagnostic.GetMessage());
    }

    [Fact]
    public void SectionOfTheWrongKindIsKgen016()
    {
        const string schema = "{ \"definitions\": [1, 2] }";
        Single(schema, "KGEN016", "'definitions' must be a JSON object", "[1, 2]");
    }

    [Fact]
    public void ErrorWithoutMessageIsKgen009()
    {
        var schema = SchemaText(errors: "\"NOT_FOUND\": { \"args\": [] }");
        Single(schema, "KGEN009", "Error 'NOT_FOUND' needs a 'message'", "\"NOT_FOUND\"");
    }

    [Fact]
    public void SchemaWithErrorsGeneratesNothing()
    {
        var run = Run(SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"b\": { \"$ref\": \"#/definitions/KalturaB\" } } }"));
        Assert.Equal("KGEN002", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void InvalidNamespaceIsKgen008()
    {
        var options = TestHelpers.GeneratorHarness.Options("My.class.Sdk");
        var run = TestHelpers.GeneratorHarness.Run(SchemaText(), options: options);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KGEN008", diagnostic.Id);
        Assert.Equal("'My.class.Sdk' cannot be used as the C# name of the generated namespace", diagnostic.GetMessage());
    }
}
