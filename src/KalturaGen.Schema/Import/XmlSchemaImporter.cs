using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace KalturaGen.Schema.Import;

/// <summary>What to import: the services (by wire id or client name) and the title of the result.</summary>
/// <summary>
/// What to import: the services to keep (empty: every service of the file), the document's title, and an overlay
/// (a partial *.kgen.json merged over the import; the types it references are imported too).
/// </summary>
internal sealed record SchemaImportOptions(IReadOnlyCollection<string> Services, string Title = "Kaltura API", JsonObject? Overlay = null);

/// <summary>An imported *.kgen.json document and what the importer had to leave out.</summary>
internal sealed record SchemaImportResult(JsonObject Document, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Converts Kaltura's official schema XML into the kgen format (schema/README.md), keeping only the chosen
/// services and the types they reach, so that a new Kaltura release is picked up by running the import again.
/// </summary>
internal static class XmlSchemaImporter
{
    /// <summary>Reads the XML and imports it.</summary>
    public static async Task<SchemaImportResult> ImportAsync(Stream xml, SchemaImportOptions options, CancellationToken cancellationToken = default) =>
        Import(await KalturaXmlReader.ReadAsync(xml, cancellationToken), options);

    /// <summary>Imports an already-read model.</summary>
    public static SchemaImportResult Import(KalturaXmlModel model, SchemaImportOptions options)
    {
        var services = SelectServices(model, options.Services);
        var (types, undefined) = ReachableTypes.Find(model, services);
        var uses = UndefinedTypeUses.Find(model, services, types, undefined);
        var warnings = model.Warnings.ToList();
        foreach (var name in undefined)
        {
            var use = uses[name];
            warnings.Add(use.EnumBase is { } enumBase
                ? new(ImportWarningKind.UndefinedEnum, $"{name} is referenced as {enumBase} enum but not defined in the XML (used by {use.Where}); it is imported as an open enum.")
                : use.IsBaseOnly
                    ? new(ImportWarningKind.UndefinedBase, $"{name} is the base of classes but not defined in the XML (used by {use.Where}); it is imported as an empty class.")
                    : new(ImportWarningKind.UndefinedClass, $"{name} is referenced but not defined in the XML (used by {use.Where}); it is imported as an object kept as raw JSON."));
        }

        var definitions = new JsonObject();
        foreach (var name in types.Concat(undefined).Order(StringComparer.Ordinal))
        {
            definitions[name] = model.Enums.TryGetValue(name, out var e) ? EnumDefinition(e, warnings)
                : model.Classes.TryGetValue(name, out var c) ? ClassDefinition(c, warnings)
                : UndefinedDefinition(model, name, uses.GetValueOrDefault(name));
        }

        var errors = new JsonObject();
        foreach (var code in services.SelectMany(s => s.Actions).SelectMany(a => a.Throws).Distinct().Order(StringComparer.Ordinal))
        {
            if (model.Errors.TryGetValue(code, out var error))
            {
                errors[code] = new JsonObject { ["message"] = error.Message, ["args"] = Strings(error.Args) };
            }
        }

        var document = new JsonObject
        {
            ["$schema"] = "./kgen.meta.schema.json",
            ["info"] = new JsonObject { ["title"] = options.Title, ["apiVersion"] = model.ApiVersion },
            ["definitions"] = definitions,
            ["services"] = ServiceSection(model, services, warnings),
            ["errors"] = errors,
        };
        if (options.Overlay is { } overlay)
        {
            KgenOverlay.Apply(document, overlay);
            CompleteReferences(document, model, warnings);
        }

        return new SchemaImportResult(document, warnings);
    }

    /// <summary>
    /// Imports every type the document references but does not define (what an overlay brought in), from the XML
    /// when it has it, until nothing is missing; a type the XML lacks too becomes an empty class, with a warning.
    /// </summary>
    private static void CompleteReferences(JsonObject document, KalturaXmlModel model, List<ImportWarning> warnings)
    {
        var definitions = document["definitions"]!.AsObject();
        while (References(document).Where(name => !definitions.ContainsKey(name)).Distinct().ToList() is { Count: > 0 } missing)
        {
            foreach (var name in missing)
            {
                definitions[name] = model.Enums.TryGetValue(name, out var e) ? EnumDefinition(e, warnings)
                    : model.Classes.TryGetValue(name, out var c) ? ClassDefinition(c, warnings)
                    : RawClass(name);
                if (!model.Enums.ContainsKey(name) && !model.Classes.ContainsKey(name))
                {
                    warnings.Add(new(ImportWarningKind.UndefinedInOverlay, $"{name} is referenced by the overlay but defined neither there nor in the XML; it is imported as an object kept as raw JSON."));
                }
            }
        }
    }

    /// <summary>The definition names every <c>$ref</c> of the document points to.</summary>
    private static IEnumerable<string> References(JsonNode? node)
    {
        const string Prefix = "#/definitions/";
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue reference && reference.TryGetValue<string>(out var text) && text.StartsWith(Prefix, StringComparison.Ordinal))
                    {
                        yield return text[Prefix.Length..];
                    }

                    foreach (var name in References(value))
                    {
                        yield return name;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var name in References(item))
                    {
                        yield return name;
                    }
                }

                break;
        }
    }

    private static List<XmlService> SelectServices(KalturaXmlModel model, IReadOnlyCollection<string> wanted)
    {
        if (wanted.Count == 0)
        {
            // The same service id twice (a plugin redeclaring one) keeps the first, like the other duplicates.
            return [.. model.Services.DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)];
        }

        var selected = new List<XmlService>();
        foreach (var name in wanted)
        {
            var service = model.Services.FirstOrDefault(s =>
                string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (service is null)
            {
                var known = string.Join(", ", model.Services.Select(s => s.Id));
                throw new SchemaImportException($"The XML has no service \"{name}\". Services in the file: {known}.");
            }

            if (!selected.Contains(service))
            {
                selected.Add(service);
            }
        }

        // Keep the file's order so that the output does not depend on how the list was typed.
        return [.. model.Services.Where(selected.Contains)];
    }

    private static JsonObject ServiceSection(KalturaXmlModel model, List<XmlService> services, List<ImportWarning> warnings)
    {
        var section = new JsonObject();
        foreach (var service in services)
        {
            var actions = new JsonObject();
            foreach (var action in service.Actions)
            {
                actions[action.Name] = ActionDefinition(model, service, action, warnings);
            }

            var node = new JsonObject { ["name"] = service.Name };
            AddDescription(node, service.Description);
            if (service.Plugin is not null)
            {
                node["plugin"] = service.Plugin;
            }

            node["actions"] = actions;
            section[service.Id] = node;
        }

        return section;
    }

    private static JsonObject ActionDefinition(KalturaXmlModel model, XmlService service, XmlAction action, List<ImportWarning> warnings)
    {
        var node = new JsonObject();
        AddDescription(node, action.Description);
        var parameters = new JsonArray();
        foreach (var param in action.Params)
        {
            var p = new JsonObject { ["name"] = param.Name };
            foreach (var (key, value) in KgenTypeMapper.Map(param.Type))
            {
                p[key] = value?.DeepClone();
            }

            if (param.Optional)
            {
                var enumIsString = param.Type.EnumType is { } en && model.Enums.TryGetValue(en, out var e) && e.IsString;
                p["optional"] = true;
                p["default"] = KgenTypeMapper.Default(param, enumIsString);
                WidenForDefault(p, $"{service.Id}.{action.Name}({param.Name})", warnings);
            }

            AddDescription(p, param.Description);
            parameters.Add(p);
        }

        node["params"] = parameters;
        if (action.Result.Type is not null)
        {
            node["result"] = KgenTypeMapper.Map(action.Result);
        }

        var throws = new JsonArray();
        foreach (var code in action.Throws.Distinct())
        {
            if (model.Errors.ContainsKey(code))
            {
                throws.Add(code);
            }
            else if (model.HasErrorSection)
            {
                warnings.Add(new(ImportWarningKind.UndefinedError, $"{service.Id}.{action.Name} throws {code}, which the XML does not define; it is left out."));
            }
        }

        node["throws"] = throws;
        node["session"] = action.Session;
        if (action.Deprecated)
        {
            node["deprecated"] = true;
        }

        return node;
    }

    private static JsonObject EnumDefinition(XmlEnum e, List<ImportWarning> warnings)
    {
        // JSON Schema forbids an empty enum keyword, so an int enum without values is written as an open one.
        var isString = e.IsString || e.Consts.Count == 0;
        var node = new JsonObject { ["x-enumType"] = isString ? "string" : "int" };
        if (isString)
        {
            var numeric = e.Consts.Any(c => long.TryParse(c.Value, out _));
            node["type"] = numeric ? new JsonArray("string", "integer") : "string";
            node["x-enumValues"] = Strings(e.Consts.Select(c => c.Value));
        }
        else
        {
            node["type"] = "integer";
            var values = new JsonArray();
            foreach (var c in e.Consts)
            {
                if (!long.TryParse(c.Value, out var value))
                {
                    throw new SchemaImportException($"Int enum {e.Name} has the non-numeric value \"{c.Value}\" for {c.Name}.");
                }

                values.Add(value);
            }

            node["enum"] = values;
        }

        node["x-enumNames"] = Strings(e.Consts.Select(c => c.Name));
        if (e.Consts.Count == 0)
        {
            warnings.Add(new(ImportWarningKind.EnumWithoutValues, $"Enum {e.Name} has no values."));
        }

        AddDescription(node, e.Description);
        return node;
    }

    private static JsonObject ClassDefinition(XmlClass c, List<ImportWarning> warnings)
    {
        var node = new JsonObject { ["type"] = "object" };
        AddDescription(node, c.Description);
        if (c.Base is not null)
        {
            node["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/" + c.Base });
        }

        if (c.IsAbstract)
        {
            node["x-abstract"] = true;
        }

        var properties = new JsonObject();
        foreach (var property in c.Properties)
        {
            if (property.Type.Type == "file")
            {
                // The format keeps files to parameters and results; an object cannot carry one in JSON.
                warnings.Add(new(ImportWarningKind.FileProperty, $"{c.Name}.{property.Name} is a file property; it is left out."));
                continue;
            }

            var p = KgenTypeMapper.Map(property.Type);
            AddDescription(p, property.Description);
            if (property.ReadOnly)
            {
                p["readOnly"] = true;
            }
            else if (property.InsertOnly)
            {
                p["x-insertOnly"] = true;
            }

            if (property.WriteOnly)
            {
                p["x-writeOnly"] = true;
            }

            properties[property.Name] = p;
        }

        node["properties"] = properties;
        return node;
    }

    /// <summary>
    /// A default that does not fit the parameter's 32-bit integer type (PHP_INT_MAX as a "no limit" default) widens the
    /// type to int64, with a warning; the generated parameter then holds the server's default exactly.
    /// </summary>
    private static void WidenForDefault(JsonObject parameter, string where, List<ImportWarning> warnings)
    {
        if (parameter["type"]?.GetValue<string>() == "integer"
            && parameter["format"] is null
            && parameter["default"] is JsonValue value
            && value.TryGetValue<long>(out var number)
            && number is > int.MaxValue or < int.MinValue)
        {
            parameter["format"] = "int64";
            warnings.Add(new(ImportWarningKind.WidenedDefault, $"{where} is an int whose default {number} does not fit 32 bits; it is imported as int64."));
        }
    }

    /// <summary>
    /// An enum the XML references (as <c>enumType</c> of an int or string) but does not define: an open string enum
    /// that also reads numbers, so any value the server sends is kept.
    /// </summary>
    private static JsonObject OpenEnum(string name, string enumBase) => new()
    {
        ["x-enumType"] = "string",
        ["type"] = enumBase == "an int" ? new JsonArray("string", "integer") : "string",
        ["x-enumValues"] = new JsonArray(),
        ["x-enumNames"] = new JsonArray(),
        ["description"] = $"Not defined in the imported XML; referenced as {enumBase} enum.",
    };

    /// <summary>
    /// What stands for a type the XML does not define: an open enum when it is used as one; an empty class when classes
    /// only derive from it; otherwise an object kept as raw JSON. <c>KalturaObjectBase</c> (no use recorded: the XML
    /// never defines it) is raw unless a class of the XML derives from it.
    /// </summary>
    private static JsonObject UndefinedDefinition(KalturaXmlModel model, string name, UndefinedTypeUses.Use? use) => use switch
    {
        { EnumBase: { } enumBase } => OpenEnum(name, enumBase),
        { IsBaseOnly: true } => EmptyClass(name),
        null when model.Classes.Values.Any(c => c.Base == name) => EmptyClass(name),
        _ => RawClass(name),
    };

    /// <summary>An undefined class only other classes derive from: an empty base, so its subclasses keep their own reading and writing.</summary>
    private static JsonObject EmptyClass(string name) => new()
    {
        ["type"] = "object",
        ["description"] = name == ReachableTypes.ObjectBase ? "Any Kaltura object." : "Not defined in the imported XML; the base of classes it defines.",
        ["properties"] = new JsonObject(),
    };

    /// <summary>
    /// An undefined class a property, parameter or result uses: the generated class keeps whatever the server sends
    /// as raw JSON (and its <c>objectType</c>), so nothing is lost and it can be sent back as read.
    /// </summary>
    private static JsonObject RawClass(string name) => new()
    {
        ["type"] = "object",
        ["description"] = name == ReachableTypes.ObjectBase
            ? "Any Kaltura object, kept as raw JSON."
            : "Not defined in the imported XML; its members are kept as raw JSON.",
        ["x-rawObject"] = true,
        ["properties"] = new JsonObject(),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static void AddDescription(JsonObject node, string? description)
    {
        if (description is not null)
        {
            node["description"] = description;
        }
    }
}
