using System.Text.Json.Nodes;
using NJsonSchema;

namespace KalturaGen.Schema.Tests.Support;

/// <summary>
/// Validates payloads against one class of a *.kgen.json with NJsonSchema: the document's definitions are
/// plain JSON Schema, so a wrapper schema holding them is all NJsonSchema needs.
/// </summary>
internal static class DefinitionValidator
{
    /// <summary>The definitions of the ingestion description, as the JSON Schema they are.</summary>
    private static readonly JsonNode Definitions = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IngestionSchemaPath))!["definitions"]!;

    public static async Task<IReadOnlyList<string>> ValidateAsync(string definition, string payload)
    {
        var wrapper = new JsonObject { ["definitions"] = Definitions.DeepClone() };
        var schema = await JsonSchema.FromJsonAsync(wrapper.ToJsonString());
        return schema.Definitions[definition].Validate(payload).Select(e => $"{e.Path}: {e.Kind}").ToList();
    }
}
