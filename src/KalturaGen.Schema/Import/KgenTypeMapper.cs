using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace KalturaGen.Schema.Import;

/// <summary>Turns XML types and default values into kgen type references (schema/README.md, "Type references").</summary>
internal static class KgenTypeMapper
{
    /// <summary>The type reference of a property, parameter or non-void result.</summary>
    public static JsonObject Map(XmlType type)
    {
        if (type.EnumType is not null)
        {
            return Ref(type.EnumType);
        }

        return type.Type switch
        {
            "int" when type.IsTime => new JsonObject { ["type"] = "integer", ["format"] = "unix-time" },
            "int" => new JsonObject { ["type"] = "integer" },
            "bigint" => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            "float" => new JsonObject { ["type"] = "number" },
            "bool" => new JsonObject { ["type"] = "boolean" },
            "string" => new JsonObject { ["type"] = "string" },
            "file" => new JsonObject { ["type"] = "file" },
            "array" => new JsonObject { ["type"] = "array", ["items"] = Element(type) },
            "map" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Element(type) },
            { } name when name.StartsWith("Kaltura", StringComparison.Ordinal) => Ref(name),
            _ => throw new SchemaImportException($"Unknown type \"{type.Type}\"."),
        };
    }

    /// <summary>
    /// A parameter default as JSON: the XML writes every default as text ("null", "false", "-1", "").
    /// Numbers stay numbers only for numeric types and int enums; string enums keep their text.
    /// </summary>
    public static JsonNode? Default(XmlParam param, bool enumIsString)
    {
        var text = param.Default;
        if (text is null or "null")
        {
            return null;
        }

        var numeric = param.Type.EnumType is not null ? !enumIsString : param.Type.Type is "int" or "bigint" or "float";
        if (param.Type.Type == "bool")
        {
            return text is "true" or "1";
        }

        if (numeric && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (numeric && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return numeric && text.Length == 0 ? null : text;
    }

    private static JsonObject Element(XmlType type) =>
        Map(new XmlType(type.ArrayType ?? throw new SchemaImportException($"{type.Type} without arrayType."), null, null, false));

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/definitions/" + name };
}
