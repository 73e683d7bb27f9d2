using KalturaGen.Schema;
using KalturaGen.Schema.Parsing;

namespace KalturaGen.Simulator.Schema;

/// <summary>
/// Reads a <c>*.kgen.json</c> document with the shared schema reader (<see cref="SchemaParser"/>: the same
/// validation the generator applies) and views it as an <see cref="ApiSchema"/>. A schema with errors is rejected
/// at load, with every error and its place in the message.
/// </summary>
internal static class SchemaLoader
{
    /// <summary>The logical name of the schema embedded in the simulator assembly.</summary>
    public const string EmbeddedResourceName = "kaltura-ingestion.kgen.json";

    /// <summary>Loads the ingestion schema embedded in the simulator.</summary>
    public static ApiSchema LoadEmbedded() => View(ReadEmbedded(EmbeddedResourceName, "schema/kaltura-ingestion.kgen.json"));

    /// <summary>Loads a schema from JSON text.</summary>
    public static ApiSchema Parse(string json) => View(Read("schema", json));

    /// <summary>Loads a schema from a stream of JSON.</summary>
    public static ApiSchema Load(Stream json)
    {
        using var reader = new StreamReader(json);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads and validates a schema embedded in the simulator assembly.</summary>
    internal static SchemaModel ReadEmbedded(string resourceName, string sourcePath)
    {
        using var stream = typeof(SchemaLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The simulator was built without the schema resource {resourceName} ({sourcePath}).");
        using var reader = new StreamReader(stream);
        return Read(sourcePath, reader.ReadToEnd());
    }

    /// <summary>Reads and validates a schema; throws <see cref="SchemaLoadException"/> listing its errors.</summary>
    internal static SchemaModel Read(string path, string json)
    {
        var result = SchemaParser.Parse(path, json);
        return result.Model ?? throw new SchemaLoadException(path, result.Diagnostics.Where(d => d.IsError).ToList());
    }

    private static ApiSchema View(SchemaModel model)
    {
        // The model names types as the SDK does (MediaEntry); the wire speaks Kaltura names (KalturaMediaEntry).
        var kalturaNames = model.Enums.Select(e => (e.Name, e.KalturaName))
            .Concat(model.Classes.Select(c => (c.Name, c.KalturaName)))
            .ToDictionary(n => n.Name, n => n.KalturaName, StringComparer.Ordinal);
        var types = new TypeRefView(kalturaNames);
        var definitions = model.Enums.Select(e => (Definition)new EnumDef(e.KalturaName, !e.IsString, [.. e.Members.Select(m => m.Value)], [.. e.Members.Select(m => m.Name)]))
            .Concat(model.Classes.Select(c => new ClassDef(
                c.KalturaName,
                c.BaseName is { } baseName ? kalturaNames[baseName] : null,
                c.IsAbstract,
                [.. c.Properties.Select(p => new PropertyDef(p.WireName, types.Of(p.Type), p.IsReadOnly, p.IsInsertOnly, p.IsWriteOnly))])));
        var services = model.Services.Select(s => new ServiceDef(
            s.Id,
            s.Name,
            s.Actions.ToDictionary(a => a.WireName, a => ActionOf(a, types), StringComparer.OrdinalIgnoreCase)));
        return new ApiSchema(definitions, services, ErrorsOf(model));
    }

    /// <summary>The errors of a schema as the simulator's catalog holds them.</summary>
    internal static IEnumerable<ErrorDef> ErrorsOf(SchemaModel model) =>
        model.Errors.Select(e => new ErrorDef(e.Code, e.Message, [.. e.Args]));

    private static ActionDef ActionOf(ActionModel action, TypeRefView types) => new(
        action.WireName,
        [.. action.Params.Select(p => new ParamDef(p.WireName, types.Of(p.Type), p.IsOptional, DefaultOf(p.Default)))],
        action.Result is { } result ? types.Of(result) : null,
        [.. action.Throws.Select(t => t.Code)],
        action.Session switch
        {
            "none" => SessionRequirement.None,
            "optional" => SessionRequirement.Optional,
            _ => SessionRequirement.Always,
        });

    private static object? DefaultOf(DefaultValueModel? value) => value?.Kind switch
    {
        DefaultKind.Boolean => value.Text == "true",
        DefaultKind.Number or DefaultKind.String => value.Text,
        _ => null,
    };

    /// <summary>Turns the model's type references into the simulator's, naming types by their Kaltura names.</summary>
    private sealed class TypeRefView(IReadOnlyDictionary<string, string> kalturaNames)
    {
        public TypeRef Of(TypeRefModel type) => type.Kind switch
        {
            KalturaGen.Schema.TypeKind.String => new TypeRef(TypeKind.String),
            KalturaGen.Schema.TypeKind.Int32 => new TypeRef(type.IsUnixTime ? TypeKind.Time : TypeKind.Int),
            KalturaGen.Schema.TypeKind.Int64 => new TypeRef(TypeKind.BigInt),
            KalturaGen.Schema.TypeKind.Double => new TypeRef(TypeKind.Float),
            KalturaGen.Schema.TypeKind.Boolean => new TypeRef(TypeKind.Bool),
            KalturaGen.Schema.TypeKind.File => new TypeRef(TypeKind.File),
            KalturaGen.Schema.TypeKind.Array => new TypeRef(TypeKind.Array, Items: Of(type.Element!)),
            KalturaGen.Schema.TypeKind.Map => new TypeRef(TypeKind.Map, Items: Of(type.Element!)),
            _ => new TypeRef(TypeKind.Ref, kalturaNames[type.TypeName!]),
        };
    }
}
