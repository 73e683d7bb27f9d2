using System.Text.Json.Nodes;

namespace KalturaGen.Schema.Import;

/// <summary>
/// Applies a hand-curated overlay (a partial *.kgen.json) to an imported document: what the official XML lacks
/// or gets wrong is kept in the overlay, so regenerating after a Kaltura release needs no hand edits.
/// </summary>
internal static class KgenOverlay
{
    /// <summary>
    /// Merges <paramref name="overlay"/> into <paramref name="document"/>. Definitions, errors and actions are
    /// replaced whole by key; services and info are merged key by key; a JSON null removes the key.
    /// </summary>
    public static void Apply(JsonObject document, JsonObject overlay)
    {
        foreach (var (section, value) in overlay)
        {
            switch (section)
            {
                case "definitions" or "errors":
                    ReplaceByKey(Section(document, section), Expect(value, section));
                    break;
                case "info":
                    ReplaceByKey(Section(document, section), Expect(value, section));
                    break;
                case "services":
                    MergeServices(Section(document, section), Expect(value, section));
                    break;
                case "$schema":
                    break;
                default:
                    throw new SchemaImportException($"The overlay has an unknown top-level key \"{section}\".");
            }
        }
    }

    private static void MergeServices(JsonObject services, JsonObject overlay)
    {
        foreach (var (id, value) in overlay)
        {
            if (value is null || services[id] is not JsonObject service)
            {
                ReplaceByKey(services, new JsonObject { [id] = value?.DeepClone() });
                continue;
            }

            foreach (var (key, member) in Expect(value, "services." + id))
            {
                if (key == "actions")
                {
                    ReplaceByKey(Section(service, "actions"), Expect(member, $"services.{id}.actions"));
                }
                else
                {
                    ReplaceByKey(service, new JsonObject { [key] = member?.DeepClone() });
                }
            }
        }
    }

    private static void ReplaceByKey(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    private static JsonObject Section(JsonObject document, string name)
    {
        if (document[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        document[name] = created;
        return created;
    }

    private static JsonObject Expect(JsonNode? node, string where) =>
        node as JsonObject ?? throw new SchemaImportException($"The overlay's \"{where}\" must be an object.");
}
