using static KalturaGen.Generator.Tests.Diagnostics.DiagnosticAssert;

namespace KalturaGen.Generator.Tests.Diagnostics;

/// <summary>Diagnostics about definitions: classes, enums, properties and type references.</summary>
public class DefinitionDiagnosticsTests
{
    private const string Pager = "\"KalturaPager\": { \"type\": \"object\", \"properties\": { \"pageSize\": { \"type\": \"integer\" } } }";

    [Fact]
    public void UnknownTypeReferenceIsKgen002AtTheReference()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"pager\": { \"$ref\": \"#/definitions/KalturaMissing\" } } }");
        Single(schema, "KGEN002", "Type reference '#/definitions/KalturaMissing' names no definition of this schema", "\"#/definitions/KalturaMissing\"");
    }

    [Fact]
    public void TwoDefinitionsWithOneCSharpNameAreKgen003()
    {
        var schema = SchemaText(definitions: Pager + ",\n\"Pager\": { \"type\": \"object\", \"properties\": {} }");
        Single(schema, "KGEN003", "Definition 'Pager' gives the C# type name 'Pager', which definition 'KalturaPager' already uses", "\"Pager\"");
    }

    [Fact]
    public void RepeatedDefinitionKeyIsKgen003()
    {
        var schema = SchemaText(definitions: Pager + ",\n" + Pager);
        Single(schema, "KGEN003", "Definition 'KalturaPager' gives the C# type name 'Pager', which definition 'KalturaPager' already uses", "\"KalturaPager\"", 2);
    }

    [Fact]
    public void PropertyRedeclaredFromABaseClassIsKgen004()
    {
        var schema = SchemaText(definitions: """
            "KalturaBase": { "type": "object", "properties": { "name": { "type": "string" } } },
            "KalturaDerived": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaBase" }], "properties": { "name": { "type": "string" } } }
            """);
        Single(schema, "KGEN004", "Property 'name' of class 'KalturaDerived' is already declared by class 'KalturaBase'", "\"name\"", 2);
    }

    [Fact]
    public void PropertyRepeatedInOneClassIsKgen004()
    {
        // The same wire name twice; names that differ only in case are both kept (the second gets a "Value" suffix).
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" }, \"name\": { \"type\": \"integer\" } } }");
        Single(schema, "KGEN004", "Property 'name' of class 'KalturaA' is already declared by class 'KalturaA'", "\"name\"", 2);
    }

    [Fact]
    public void RepeatedEnumMemberIsKgen007()
    {
        var schema = SchemaText(definitions: "\"KalturaColor\": { \"x-enumType\": \"int\", \"type\": \"integer\", \"enum\": [1, 2], \"x-enumNames\": [\"RED\", \"RED\"] }");
        Single(schema, "KGEN007", "Enum 'KalturaColor' declares the member 'RED' more than once", "\"RED\"", 2);
    }

    [Fact]
    public void PropertyNameThatIsNoIdentifierIsKgen008()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"file-name\": { \"type\": \"string\" } } }");
        Single(schema, "KGEN008", "'file-name' cannot be used as the C# name of a property of class 'KalturaA'", "\"file-name\"");
    }

    [Fact]
    public void EnumMemberNameThatIsNoIdentifierIsKgen008()
    {
        var schema = SchemaText(definitions: "\"KalturaColor\": { \"x-enumType\": \"string\", \"type\": \"string\", \"x-enumValues\": [\"r\"], \"x-enumNames\": [\"1RED\"] }");
        Single(schema, "KGEN008", "'1RED' cannot be used as the C# name of a member of enum 'KalturaColor'", "\"1RED\"");
    }

    [Fact]
    public void DefinitionThatIsNeitherClassNorEnumIsKgen009()
    {
        var schema = SchemaText(definitions: "\"KalturaThing\": { \"description\": \"?\" }");
        Single(schema, "KGEN009", "Definition 'KalturaThing' needs 'x-enumType' (an enum) or \"type\": \"object\" (a class)", "\"KalturaThing\"");
    }

    [Fact]
    public void IntEnumWithoutValuesIsKgen009()
    {
        var schema = SchemaText(definitions: "\"KalturaColor\": { \"x-enumType\": \"int\", \"type\": \"integer\", \"x-enumNames\": [\"RED\"] }");
        Single(schema, "KGEN009", "Enum 'KalturaColor' needs an 'enum' array", "\"KalturaColor\"");
    }

    [Fact]
    public void PropertyWithoutTypeIsKgen009()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"b\": { \"description\": \"no type\" } } }");
        Single(schema, "KGEN009", "Property 'b' of class 'KalturaA' needs a '$ref' or a 'type'", "\"b\"");
    }

    [Fact]
    public void ArrayWithoutItemsIsKgen009()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"tags\": { \"type\": \"array\" } } }");
        Single(schema, "KGEN009", "Property 'tags' of class 'KalturaA' needs 'items' (the element type)", "\"tags\"");
    }

    [Fact]
    public void UnknownEnumKindIsKgen010()
    {
        var schema = SchemaText(definitions: "\"KalturaRatio\": { \"x-enumType\": \"float\", \"enum\": [0.5], \"x-enumNames\": [\"HALF\"] }");
        Single(schema, "KGEN010", "Enum 'KalturaRatio' has x-enumType 'float'; expected 'int' or 'string'", "\"float\"");
    }

    [Fact]
    public void BaseClassCycleIsKgen011ForEachClassInIt()
    {
        var schema = SchemaText(definitions: """
            "KalturaA": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaB" }], "properties": {} },
            "KalturaB": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaA" }], "properties": {} },
            "KalturaC": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaA" }], "properties": { "x": { "type": "string" } } }
            """);
        var diagnostics = Run(schema).Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, diagnostics.Count);
        At(diagnostics[0], schema, "KGEN011", "Class 'KalturaA' inherits from itself (KalturaA -> KalturaB -> KalturaA)", "\"#/definitions/KalturaB\"");
        At(diagnostics[1], schema, "KGEN011", "Class 'KalturaB' inherits from itself (KalturaB -> KalturaA -> KalturaB)", "\"#/definitions/KalturaA\"");
    }

    [Fact]
    public void UnknownTypeNameIsKgen013()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"when\": { \"type\": \"date\" } } }");
        Single(schema, "KGEN013", "Type 'date' cannot be used here: expected string, integer, number, boolean, array, object or file", "\"date\"");
    }

    [Fact]
    public void FileTypedPropertyIsKgen013()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"data\": { \"type\": \"file\" } } }");
        Single(schema, "KGEN013", "Type 'file' cannot be used here: property 'data' of class 'KalturaA' is not an action parameter or result", "\"file\"");
    }

    [Fact]
    public void EnumNamesOfAnotherLengthAreKgen014()
    {
        var schema = SchemaText(definitions: "\"KalturaColor\": { \"x-enumType\": \"int\", \"type\": \"integer\", \"enum\": [1, 2, 3], \"x-enumNames\": [\"RED\", \"GREEN\"] }");
        Single(schema, "KGEN014", "Enum 'KalturaColor' has 3 values but 2 names in x-enumNames", "[\"RED\", \"GREEN\"]");
    }

    [Fact]
    public void UnknownIntegerFormatIsKgen016()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"properties\": { \"n\": { \"type\": \"integer\", \"format\": \"int128\" } } }");
        Single(schema, "KGEN016", "'format' of property 'n' of class 'KalturaA' must be 'int64' or 'unix-time'", "\"int128\"");
    }

    [Fact]
    public void RawObjectWithPropertiesIsKgen016()
    {
        var schema = SchemaText(definitions: "\"KalturaA\": { \"type\": \"object\", \"x-rawObject\": true, \"properties\": { \"n\": { \"type\": \"integer\" } } }");
        Single(schema, "KGEN016", "'x-rawObject' of class 'KalturaA' must be used only on a class without 'allOf' and without properties", "true");
    }

    [Fact]
    public void BaseClassThatIsAnEnumIsKgen018()
    {
        var schema = SchemaText(definitions: """
            "KalturaColor": { "x-enumType": "int", "type": "integer", "enum": [1], "x-enumNames": ["RED"] },
            "KalturaA": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaColor" }], "properties": {} }
            """);
        Single(schema, "KGEN018", "The base of class 'KalturaA' must be a class, but '#/definitions/KalturaColor' is an enum", "\"#/definitions/KalturaColor\"");
    }
}
