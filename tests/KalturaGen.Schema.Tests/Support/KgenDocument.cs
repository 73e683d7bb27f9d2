using System.Text.Json.Nodes;

namespace KalturaGen.Schema.Tests.Support;

/// <summary>A parsed *.kgen.json file with helpers to walk its sections.</summary>
internal sealed class KgenDocument
{
    private KgenDocument(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonObject Definitions => Root["definitions"]!.AsObject();

    public JsonObject Services => Root["services"]!.AsObject();

    public JsonObject Errors => Root["errors"]!.AsObject();

    public static KgenDocument Load(string path) =>
        new(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    public static KgenDocument Ingestion() => Load(RepositoryPaths.IngestionSchemaPath);

    public JsonObject Definition(string name) =>
        Definitions[name]?.AsObject() ?? throw new KeyNotFoundException($"definition {name} is missing");

    public JsonObject Action(string serviceId, string action) =>
        Services[serviceId]?["actions"]?[action]?.AsObject()
        ?? throw new KeyNotFoundException($"action {serviceId}.{action} is missing");

    /// <summary>Every (service id, action name, action) triple.</summary>
    public IEnumerable<(string Service, string Name, JsonObject Action)> Actions() =>
        from service in Services
        from action in service.Value!["actions"]!.AsObject()
        select (service.Key, action.Key, action.Value!.AsObject());

    /// <summary>Every "$ref" string anywhere in the document, with the JSON path where it sits.</summary>
    public IEnumerable<(string Path, string Ref)> References() => Walk(Root);

    private static IEnumerable<(string, string)> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target))
                    {
                        yield return (obj.GetPath(), target);
                    }

                    foreach (var found in Walk(value))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in Walk(item))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
