using System.Text;
using System.Text.Json.Nodes;
using KalturaGen.Schema.Import;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests.Import;

/// <summary>
/// What a real KalturaClient.xml lacks degrades with a warning naming it and where it is used, and the result still
/// validates: an enum it references but does not define, a class likewise (kept as raw JSON; an empty base when only
/// classes derive from it), a default that does not fit its type, a
/// type only an overlay references.
/// </summary>
public sealed class DegradedImportTests
{
    private const string Xml = """
        <?xml version="1.0"?>
        <xml apiVersion="22.0.0">
          <enums/>
          <classes>
            <class name="KalturaEvent" description="">
              <property name="conflictType" type="int" enumType="KalturaScheduleEventConflictType" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
              <property name="plugin" type="KalturaPluginData" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
              <property name="child" type="KalturaChildData" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
            </class>
            <class name="KalturaChildData" base="KalturaPluginBase" description="">
              <property name="name" type="string" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
            </class>
            <class name="KalturaServeOptions" description="Only the overlay names this class.">
              <property name="download" type="bool" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
            </class>
          </classes>
          <services>
            <service id="event" name="event">
              <action name="list" description="">
                <param name="conflictType" type="int" enumType="KalturaScheduleEventConflictType" optional="1" default="1" description=""/>
                <param name="maxSize" type="int" optional="1" default="9223372036854775807" description=""/>
                <result type="KalturaEvent"/>
                <throws name="NOT_THERE"/>
                <throws/>
              </action>
            </service>
          </services>
        </xml>
        """;

    private static async Task<SchemaImportResult> ImportAsync(JsonObject? overlay = null)
    {
        await using var xml = new MemoryStream(Encoding.UTF8.GetBytes(Xml));
        return await XmlSchemaImporter.ImportAsync(xml, new SchemaImportOptions([], "Degraded", overlay));
    }

    [Fact]
    public async Task AnUndefinedTypeUsedAsAnEnumBecomesAnOpenEnumThatReadsNumbers()
    {
        var result = await ImportAsync();

        var definition = result.Document["definitions"]!["KalturaScheduleEventConflictType"]!;
        Assert.Equal("string", definition["x-enumType"]!.GetValue<string>());
        Assert.Equal("""["string","integer"]""", definition["type"]!.ToJsonString());
        Assert.Contains(result.Warnings, w => w.Text.StartsWith("KalturaScheduleEventConflictType is referenced as an int enum but not defined", StringComparison.Ordinal)
            && w.Text.Contains("event.list(conflictType)", StringComparison.Ordinal) && w.Text.Contains("KalturaEvent.conflictType", StringComparison.Ordinal));
        var errors = await MetaSchema.ValidateAsync(result.Document.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task AnUndefinedClassBecomesARawObjectWithAWarningNamingItsUse()
    {
        var result = await ImportAsync();

        var definition = result.Document["definitions"]!["KalturaPluginData"]!;
        Assert.Equal("object", definition["type"]!.GetValue<string>());
        Assert.True(definition["x-rawObject"]!.GetValue<bool>());
        Assert.Empty(definition["properties"]!.AsObject());
        Assert.Contains(result.Warnings, w => w.Text.StartsWith("KalturaPluginData is referenced but not defined", StringComparison.Ordinal)
            && w.Text.Contains("KalturaEvent.plugin", StringComparison.Ordinal) && w.Text.Contains("raw JSON", StringComparison.Ordinal));
        var errors = await MetaSchema.ValidateAsync(result.Document.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task AnUndefinedClassThatIsOnlyABaseStaysAnEmptyBase()
    {
        var result = await ImportAsync();

        var definition = result.Document["definitions"]!["KalturaPluginBase"]!;
        Assert.Null(definition["x-rawObject"]);
        Assert.Equal("#/definitions/KalturaPluginBase", result.Document["definitions"]!["KalturaChildData"]!["allOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Contains(result.Warnings, w => w.Text.StartsWith("KalturaPluginBase is the base of classes but not defined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADefaultThatDoesNotFitThirtyTwoBitsWidensTheTypeToInt64()
    {
        var result = await ImportAsync();

        var maxSize = result.Document["services"]!["event"]!["actions"]!["list"]!["params"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "maxSize")!;
        Assert.Equal("int64", maxSize["format"]!.GetValue<string>());
        Assert.Equal(9223372036854775807L, maxSize["default"]!.GetValue<long>());
        Assert.Contains(result.Warnings, w => w.Text.Contains("event.list(maxSize)", StringComparison.Ordinal) && w.Text.Contains("int64", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANamelessThrowsIsLeftOutWithAWarning()
    {
        var result = await ImportAsync();

        Assert.Contains(result.Warnings, w => w.Text.Contains("event.list has a <throws> without a name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATypeOnlyTheOverlayReferencesIsImportedFromTheXml()
    {
        var overlay = JsonNode.Parse("""
            { "services": { "event": { "actions": { "serve": { "params": [ { "name": "options", "$ref": "#/definitions/KalturaServeOptions" } ] } } } } }
            """)!.AsObject();

        var result = await ImportAsync(overlay);

        Assert.Equal("Only the overlay names this class.", result.Document["definitions"]!["KalturaServeOptions"]!["description"]!.GetValue<string>());
        var errors = await MetaSchema.ValidateAsync(result.Document.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
