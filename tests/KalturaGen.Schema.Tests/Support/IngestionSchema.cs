using KalturaGen.Schema.Parsing;

namespace KalturaGen.Schema.Tests.Support;

/// <summary>
/// schema/kaltura-ingestion.kgen.json read by the one schema reader (KalturaGen.Schema), with look-ups by the
/// names the schema file uses.
/// </summary>
internal sealed class IngestionSchema
{
    private IngestionSchema(SchemaParseResult result)
    {
        Result = result;
        Model = result.Model ?? throw new InvalidOperationException(
            "The ingestion schema has errors:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
    }

    /// <summary>The schema, read once.</summary>
    public static IngestionSchema Instance { get; } = Load(RepositoryPaths.IngestionSchemaPath);

    public SchemaParseResult Result { get; }

    public SchemaModel Model { get; }

    public static IngestionSchema Load(string path) => new(SchemaParser.Parse(path, File.ReadAllText(path)));

    public ClassModel Class(string kalturaName) =>
        Model.Classes.FirstOrDefault(c => c.KalturaName == kalturaName) ?? throw new KeyNotFoundException($"class {kalturaName} is missing");

    public EnumModel Enum(string kalturaName) =>
        Model.Enums.FirstOrDefault(e => e.KalturaName == kalturaName) ?? throw new KeyNotFoundException($"enum {kalturaName} is missing");

    public ServiceModel Service(string id) =>
        Model.Services.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"service {id} is missing");

    public ActionModel Action(string serviceId, string action) =>
        Service(serviceId).Actions.FirstOrDefault(a => a.WireName == action) ?? throw new KeyNotFoundException($"action {serviceId}.{action} is missing");

    /// <summary>Every (service id, action) pair.</summary>
    public IEnumerable<(string Service, ActionModel Action)> Actions() =>
        from service in Model.Services
        from action in service.Actions
        select (service.Id, action);

    /// <summary>The Kaltura name of a type the model names as the SDK does (MediaEntry is KalturaMediaEntry).</summary>
    public string KalturaName(string typeName) =>
        Model.Classes.Where(c => c.Name == typeName).Select(c => c.KalturaName)
            .Concat(Model.Enums.Where(e => e.Name == typeName).Select(e => e.KalturaName))
            .First();

    /// <summary>A type as the schema file spells it: KalturaMediaEntry, KalturaBaseEntry[], integer, file...</summary>
    public string Spell(TypeRefModel type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.IntEnum or TypeKind.StringEnum => KalturaName(type.TypeName!),
        TypeKind.Array => Spell(type.Element!) + "[]",
        TypeKind.Map => $"map<{Spell(type.Element!)}>",
        TypeKind.Int32 when type.IsUnixTime => "unix-time",
        TypeKind.Int32 => "integer",
        TypeKind.Int64 => "int64",
        TypeKind.Double => "number",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The class, then its bases.</summary>
    public IEnumerable<ClassModel> Hierarchy(string kalturaName)
    {
        for (ClassModel? current = Class(kalturaName); current is not null; current = current.BaseName is { } b ? Model.Classes.First(c => c.Name == b) : null)
        {
            yield return current;
        }
    }
}
