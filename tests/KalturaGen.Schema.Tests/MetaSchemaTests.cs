using System.Text.Json.Nodes;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

public sealed class MetaSchemaTests
{
    public static TheoryData<string> SchemaFiles() => new(RepositoryPaths.SchemaDescriptions().Select(Path.GetFileName)!);

    [Fact]
    public async Task MetaSchemaLoadsInNJsonSchema()
    {
        var schema = await MetaSchema.LoadAsync();

        Assert.Contains("typeReference", schema.Definitions.Keys);
        Assert.Contains("action", schema.Definitions.Keys);
    }

    [Fact]
    public void RepositoryHasTheIngestionDescription()
    {
        Assert.Contains(RepositoryPaths.IngestionSchemaPath, RepositoryPaths.SchemaDescriptions());
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public async Task EverySchemaDescriptionValidatesAgainstTheMetaSchema(string fileName)
    {
        var errors = await MetaSchema.ValidateAsync(File.ReadAllText(Path.Combine(RepositoryPaths.SchemaDirectory, fileName)));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task MinimalValidDocumentPasses()
    {
        Assert.Empty(await MetaSchema.ValidateAsync(MinimalDocument().ToJsonString()));
    }

    public static TheoryData<string, string> Violations() => new()
    {
        { "enum without x-enumType", """{"type":"integer","enum":[0],"x-enumNames":["A"]}""" },
        { "int enum with string values", """{"x-enumType":"int","type":"integer","enum":["0"],"x-enumNames":["A"]}""" },
        { "string enum with enum keyword", """{"x-enumType":"string","type":"string","enum":["a"],"x-enumValues":["a"],"x-enumNames":["A"]}""" },
        { "unknown enum type", """{"x-enumType":"long","type":"integer","enum":[0],"x-enumNames":["A"]}""" },
        { "two base classes", """{"type":"object","allOf":[{"$ref":"#/definitions/KalturaA"},{"$ref":"#/definitions/KalturaB"}],"properties":{}}""" },
        { "base that is not a $ref", """{"type":"object","allOf":[{"type":"object"}],"properties":{}}""" },
        { "property with unknown type", """{"type":"object","properties":{"x":{"type":"date"}}}""" },
        { "file-typed property", """{"type":"object","properties":{"x":{"type":"file"}}}""" },
        { "array without items", """{"type":"object","properties":{"x":{"type":"array"}}}""" },
        { "$ref outside definitions", """{"type":"object","properties":{"x":{"$ref":"#/services/media"}}}""" },
        { "property both readOnly and insertOnly", """{"type":"object","properties":{"x":{"type":"string","readOnly":true,"x-insertOnly":true}}}""" },
        { "unknown class keyword", """{"type":"object","properties":{},"x-final":true}""" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task DefinitionViolationsAreRejected(string why, string definition)
    {
        var doc = MinimalDocument();
        doc["definitions"]!["KalturaBroken"] = JsonNode.Parse(definition);

        Assert.True((await MetaSchema.ValidateAsync(doc.ToJsonString())).Count > 0, why);
    }

    public static TheoryData<string, string> ActionViolations() => new()
    {
        { "unknown session value", """{"params":[],"session":"sometimes"}""" },
        { "default on a required parameter", """{"params":[{"name":"a","type":"string","default":"x"}]}""" },
        { "optional parameter without default", """{"params":[{"name":"a","type":"string","optional":true}]}""" },
        { "parameter without name", """{"params":[{"type":"string"}]}""" },
        { "parameter with unknown key", """{"params":[{"name":"a","type":"string","required":true}]}""" },
        { "throws with a lower-case code", """{"params":[],"throws":["not_found"]}""" },
        { "missing params", """{"result":{"type":"string"}}""" },
    };

    [Theory]
    [MemberData(nameof(ActionViolations))]
    public async Task ActionViolationsAreRejected(string why, string action)
    {
        var doc = MinimalDocument();
        doc["services"]!["system"]!["actions"]!["broken"] = JsonNode.Parse(action);

        Assert.True((await MetaSchema.ValidateAsync(doc.ToJsonString())).Count > 0, why);
    }

    [Theory]
    [InlineData("""{"message":"m"}""")]
    [InlineData("""{"message":"m","args":"ENTRY_ID"}""")]
    [InlineData("""{"message":"","args":[]}""")]
    [InlineData("""{"message":"m","args":["bad-arg"]}""")]
    public async Task ErrorViolationsAreRejected(string error)
    {
        var doc = MinimalDocument();
        doc["errors"]!["SOME_ERROR"] = JsonNode.Parse(error);

        Assert.NotEmpty(await MetaSchema.ValidateAsync(doc.ToJsonString()));
    }

    private static JsonObject MinimalDocument() => JsonNode.Parse("""
        {
          "info": { "title": "t", "apiVersion": "1.0" },
          "definitions": {
            "KalturaThing": { "type": "object", "properties": { "id": { "type": "string", "readOnly": true } } },
            "KalturaThingStatus": { "x-enumType": "int", "type": "integer", "enum": [0, 1], "x-enumNames": ["OFF", "ON"] },
            "KalturaThingKind": { "x-enumType": "string", "type": ["string", "integer"], "x-enumValues": ["1", "x.y"], "x-enumNames": ["ONE", "PLUGIN"] }
          },
          "services": {
            "system": {
              "name": "system",
              "actions": {
                "ping": { "params": [], "result": { "type": "boolean" }, "session": "none" },
                "get": {
                  "params": [
                    { "name": "id", "type": "string" },
                    { "name": "version", "type": "integer", "optional": true, "default": -1 },
                    { "name": "file", "type": "file" }
                  ],
                  "result": { "$ref": "#/definitions/KalturaThing" },
                  "throws": ["THING_NOT_FOUND"]
                }
              }
            }
          },
          "errors": { "THING_NOT_FOUND": { "message": "Thing \"@ID@\" not found", "args": ["ID"] } }
        }
        """)!.AsObject();
}
