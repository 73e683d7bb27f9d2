using System.Reflection;
using System.Text.Json;

namespace KalturaGen.Simulator.Schema;

/// <summary>Reads a <c>*.kgen.json</c> document (format: schema/README.md) into an <see cref="ApiSchema"/>.</summary>
public static class SchemaLoader
{
    /// <summary>The logical name of the schema embedded in the simulator assembly.</summary>
    public const string EmbeddedResourceName = "kaltura-ingestion.kgen.json";

    /// <summary>Loads the ingestion schema embedded in the simulator.</summary>
    public static ApiSchema LoadEmbedded()
    {
        using var stream = typeof(SchemaLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException(
                $"The simulator was built without the schema resource {EmbeddedResourceName} (schema/kaltura-ingestion.kgen.json).");
        return Load(stream);
    }

    /// <summary>Loads a schema from JSON text.</summary>
    public static ApiSchema Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return Read(document.RootElement);
    }

    /// <summary>Loads a schema from a stream of JSON.</summary>
    public static ApiSchema Load(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return Read(document.RootElement);
    }

    private static ApiSchema Read(JsonElement root)
    {
        var definitions = new List<Definition>();
        if (root.TryGetProperty("definitions", out var defs))
        {
            foreach (var def in defs.EnumerateObject())
            {
                definitions.Add(def.Value.TryGetProperty("x-enumType", out _) ? ReadEnum(def.Name, def.Value) : ReadClass(def.Name, def.Value));
            }
        }

        var services = new List<ServiceDef>();
        if (root.TryGetProperty("services", out var svcs))
        {
            foreach (var service in svcs.EnumerateObject())
            {
                services.Add(ReadService(service.Name, service.Value));
            }
        }

        var errors = new List<ErrorDef>();
        if (root.TryGetProperty("errors", out var errs))
        {
            foreach (var error in errs.EnumerateObject())
            {
                var args = error.Value.TryGetProperty("args", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                errors.Add(new ErrorDef(error.Name, error.Value.GetProperty("message").GetString()!, args));
            }
        }

        return new ApiSchema(definitions, services, errors);
    }

    private static EnumDef ReadEnum(string name, JsonElement element)
    {
        var isInt = element.GetProperty("x-enumType").GetString() == "int";
        var values = element.TryGetProperty("enum", out var e)
            ? e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList()
            : element.TryGetProperty("x-enumValues", out var xv)
                ? xv.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList()
                : [];
        var names = element.TryGetProperty("x-enumNames", out var n) ? n.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
        return new EnumDef(name, isInt, values, names);
    }

    private static ClassDef ReadClass(string name, JsonElement element)
    {
        string? baseName = null;
        if (element.TryGetProperty("allOf", out var allOf))
        {
            baseName = allOf.EnumerateArray().Select(RefName).FirstOrDefault(r => r is not null);
        }

        var properties = new List<PropertyDef>();
        if (element.TryGetProperty("properties", out var props))
        {
            foreach (var prop in props.EnumerateObject())
            {
                properties.Add(new PropertyDef(
                    prop.Name,
                    ReadTypeRef(prop.Value),
                    Flag(prop.Value, "readOnly"),
                    Flag(prop.Value, "x-insertOnly"),
                    Flag(prop.Value, "x-writeOnly")));
            }
        }

        return new ClassDef(name, baseName, Flag(element, "x-abstract"), properties);
    }

    private static ServiceDef ReadService(string id, JsonElement element)
    {
        var actions = new Dictionary<string, ActionDef>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("actions", out var acts))
        {
            foreach (var action in acts.EnumerateObject())
            {
                actions[action.Name] = ReadAction(action.Name, action.Value);
            }
        }

        var name = element.TryGetProperty("name", out var n) ? n.GetString()! : id;
        return new ServiceDef(id, name, actions);
    }

    private static ActionDef ReadAction(string name, JsonElement element)
    {
        var parameters = new List<ParamDef>();
        if (element.TryGetProperty("params", out var ps))
        {
            foreach (var p in ps.EnumerateArray())
            {
                object? defaultValue = p.TryGetProperty("default", out var d) ? ReadScalar(d) : null;
                parameters.Add(new ParamDef(p.GetProperty("name").GetString()!, ReadTypeRef(p), Flag(p, "optional"), defaultValue));
            }
        }

        TypeRef? result = element.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Object ? ReadTypeRef(r) : null;
        var throws = element.TryGetProperty("throws", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        var session = element.TryGetProperty("session", out var s) ? s.GetString() switch
        {
            "none" => SessionRequirement.None,
            "optional" => SessionRequirement.Optional,
            _ => SessionRequirement.Always,
        } : SessionRequirement.Always;
        return new ActionDef(name, parameters, result, throws, session);
    }

    /// <summary>Reads a type reference (see schema/README.md, "Type references").</summary>
    public static TypeRef ReadTypeRef(JsonElement element)
    {
        if (RefName(element) is { } direct)
        {
            return new TypeRef(TypeKind.Ref, direct);
        }

        if (element.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1 && RefName(allOf[0]) is { } wrapped)
        {
            return new TypeRef(TypeKind.Ref, wrapped);
        }

        var type = element.TryGetProperty("type", out var t) ? t.ValueKind == JsonValueKind.Array ? t[0].GetString() : t.GetString() : "string";
        var format = element.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "integer" when format == "int64" => new TypeRef(TypeKind.BigInt),
            "integer" when format == "unix-time" => new TypeRef(TypeKind.Time),
            "integer" => new TypeRef(TypeKind.Int),
            "number" => new TypeRef(TypeKind.Float),
            "boolean" => new TypeRef(TypeKind.Bool),
            "file" => new TypeRef(TypeKind.File),
            "array" => new TypeRef(TypeKind.Array, Items: ReadTypeRef(element.GetProperty("items"))),
            "object" when element.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.Object
                => new TypeRef(TypeKind.Map, Items: ReadTypeRef(ap)),
            _ => new TypeRef(TypeKind.String),
        };
    }

    private static string? RefName(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var r) && r.GetString() is { } text
            ? text[(text.LastIndexOf('/') + 1)..]
            : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static object? ReadScalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
