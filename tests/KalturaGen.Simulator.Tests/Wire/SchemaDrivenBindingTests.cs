using System.Text;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Tests.Wire;

/// <summary>The wire layer is driven by whatever schema it is given: a small one here.</summary>
public sealed class SchemaDrivenBindingTests
{
    private const string Mini = """
        {
          "definitions": {
            "KalturaColor": { "x-enumType": "int", "type": "integer", "enum": [1, 2], "x-enumNames": ["RED", "BLUE"] },
            "KalturaKind": { "x-enumType": "string", "type": ["string", "integer"], "x-enumValues": ["1", "a"], "x-enumNames": ["ONE", "A"] },
            "KalturaShape": { "type": "object", "x-abstract": true, "properties": {
              "id": { "type": "string", "readOnly": true },
              "color": { "$ref": "#/definitions/KalturaColor" },
              "kind": { "$ref": "#/definitions/KalturaKind" },
              "size": { "type": "number" },
              "createdAt": { "type": "integer", "format": "unix-time" } } },
            "KalturaCircle": { "type": "object", "allOf": [{ "$ref": "#/definitions/KalturaShape" }], "properties": {
              "radius": { "type": "integer" },
              "children": { "type": "array", "items": { "$ref": "#/definitions/KalturaCircle" } } } },
            "KalturaBox": { "type": "object", "properties": { "name": { "type": "string" } } }
          },
          "services": { "shape": { "name": "shape", "actions": { "add": {
            "params": [
              { "name": "shape", "$ref": "#/definitions/KalturaShape" },
              { "name": "flag", "type": "boolean", "optional": true, "default": false },
              { "name": "color", "$ref": "#/definitions/KalturaColor", "optional": true, "default": 1 },
              { "name": "list", "type": "array", "items": { "$ref": "#/definitions/KalturaBox" }, "optional": true }
            ], "result": { "$ref": "#/definitions/KalturaShape" } } } } },
          "errors": {}
        }
        """;

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private readonly ApiSchema _schema = SchemaLoader.Parse(Mini);

    [Fact]
    public void SubclassObjectTypeIsHonouredAndPropertiesCast()
    {
        var args = Bind("shape:objectType=KalturaCircle&shape:radius=12abc&shape:size=1.5&shape:color=2&shape:kind=a&shape:createdAt=-60&flag=false");
        var shape = (WireObject)args["shape"]!;
        Assert.Equal("KalturaCircle", shape.ClassName);
        Assert.Equal(12L, shape["radius"]);
        Assert.Equal(1.5, shape["size"]);
        Assert.Equal(2L, shape["color"]);
        Assert.Equal("a", shape["kind"]);
        Assert.Equal(Now.ToUnixTimeSeconds() - 60, shape["createdAt"]);
        Assert.Equal(false, args["flag"]);
        Assert.Equal(1L, args["color"]);
        Assert.Empty((IReadOnlyList<WireObject>)args["list"]!);
    }

    [Fact]
    public void AbstractDeclaredTypeWithoutASubclassIsRejected()
    {
        var error = Assert.Throws<ApiException>(() => Bind("shape:objectType=KalturaBox"));
        Assert.Equal("OBJECT_TYPE_ABSTRACT", error.Code);
        Assert.Equal("KalturaShape", error.Values[0]);
    }

    [Fact]
    public void EnumsAreChecked()
    {
        var intEnum = Assert.Throws<ApiException>(() => Bind("shape:objectType=KalturaCircle&shape:color=3"));
        Assert.Equal(["3", "color", "KalturaColor"], intEnum.Values);
        var stringEnum = Assert.Throws<ApiException>(() => Bind("shape:objectType=KalturaCircle&shape:kind=b"));
        Assert.Equal("INVALID_ENUM_VALUE", stringEnum.Code);
        Assert.Equal(1L, Bind("shape:objectType=KalturaCircle&color=true")["color"]);
        var falseIsZero = Assert.Throws<ApiException>(() => Bind("shape:objectType=KalturaCircle&color=false"));
        Assert.Equal("0", falseIsZero.Values[0]);
    }

    [Fact]
    public void EnumPropertiesInsideObjectsDoNotTakeTrueOrFalse()
    {
        // Only action parameters turn true/false into 1/0; buildObject checks the raw value.
        var error = Assert.Throws<ApiException>(() => Bind("shape:objectType=KalturaCircle&shape:color=true"));
        Assert.Equal("INVALID_ENUM_VALUE", error.Code);
        Assert.Equal(["true", "color", "KalturaColor"], error.Values);
    }

    [Fact]
    public void ArraysAreBuiltInKeyOrderAndNullsMarked()
    {
        var args = Bind("shape[objectType]=KalturaCircle&shape[children][10][radius]=3&shape[children][2][radius]=2&shape[size__null]=&list:-=");
        var children = ((WireObject)args["shape"]!).GetList("children");
        Assert.Equal([2L, 3L], children.Select(c => (long)c["radius"]!).ToArray());
        Assert.Same(NullField.Instance, ((WireObject)args["shape"]!)["size"]);
    }

    [Fact]
    public void NullSuffixIsIgnoredForArrayProperties()
    {
        var shape = (WireObject)Bind("shape:objectType=KalturaCircle&shape:children__null=1&shape:radius__null=1")["shape"]!;
        Assert.DoesNotContain(shape.Values, v => v.Key == "children");
        Assert.Same(NullField.Instance, shape["radius"]);
    }

    [Fact]
    public void OnlyTimesWithinTenYearsAreRelative()
    {
        long CreatedAt(long value) => (long)((WireObject)Bind($"shape:objectType=KalturaCircle&shape:createdAt={value}")["shape"]!)["createdAt"]!;
        Assert.Equal(Now.ToUnixTimeSeconds() + 315360000, CreatedAt(315360000));
        Assert.Equal(Now.ToUnixTimeSeconds() - 315360000, CreatedAt(-315360000));
        Assert.Equal(315360001L, CreatedAt(315360001));
        Assert.Equal(-315360001L, CreatedAt(-315360001));
        Assert.Equal(-1L, CreatedAt(-1));
        Assert.Equal(1.5, ((WireObject)Bind("shape:objectType=KalturaCircle&shape:size=1.5")["shape"]!)["size"]);
    }

    [Fact]
    public void MissingMandatoryObjectIsReported()
    {
        var error = Assert.Throws<ApiException>(() => Bind("flag=1"));
        Assert.Equal("MISSING_MANDATORY_PARAMETER", error.Code);
        Assert.Equal("shape", error.Values[0]);
    }

    [Fact]
    public void WriterOrdersOwnPropertiesFirstDropsNullsAndEndsWithObjectType()
    {
        var circle = new WireObject("KalturaCircle") { ["id"] = "c1", ["radius"] = 5L, ["color"] = 1L, ["kind"] = "1", ["size"] = null };
        var shaper = new ResultShaper(_schema, new ErrorCatalog(_schema));
        var json = Encoding.UTF8.GetString(JsonResponseWriter.Write(shaper.Shape(circle, _schema.FindService("shape")!.Actions["add"].Result)));
        Assert.Equal("{\"radius\":5,\"id\":\"c1\",\"color\":1,\"kind\":1,\"objectType\":\"KalturaCircle\"}", json);
    }

    private Dictionary<string, object?> Bind(string query)
    {
        var parameters = ParamNode.NewArray();
        PhpFormKeys.ParseUrlEncoded(parameters, query, new SimulatorLimits());
        return new ValueBinder(_schema, Now).BindArguments(_schema.FindService("shape")!.Actions["add"], ColonKeys.Group(parameters, new SimulatorLimits()));
    }
}
