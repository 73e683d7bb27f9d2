using System.Text.Json.Nodes;
using KalturaGen.Schema.Import;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests.Import;

/// <summary>
/// schema/overlays/kaltura-ingestion.overlay.json holds what Kaltura's published XML lacks (plugin types, the
/// curated error catalogue, the data.addContent result). It must say exactly what the description says.
/// </summary>
public sealed class IngestionOverlayTests
{
    private static readonly string OverlayPath = Path.Combine(RepositoryPaths.SchemaDirectory, "overlays", "kaltura-ingestion.overlay.json");

    private readonly JsonObject _overlay = JsonNode.Parse(File.ReadAllText(OverlayPath))!.AsObject();

    private readonly JsonObject _doc = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IngestionSchemaPath))!.AsObject();

    [Fact]
    public void OverlayDefinitionsMatchTheDescription()
    {
        var overlay = _overlay["definitions"]!.AsObject();

        Assert.Contains("KalturaAttachmentAsset", overlay.Select(d => d.Key));
        Assert.Contains("KalturaDocumentEntry", overlay.Select(d => d.Key));
        Assert.All(overlay, d => Assert.True(JsonNode.DeepEquals(d.Value, _doc["definitions"]![d.Key]), d.Key));
    }

    [Fact]
    public void OverlayErrorsAreTheDescriptionsErrors()
    {
        Assert.True(JsonNode.DeepEquals(_overlay["errors"], _doc["errors"]));
    }

    [Fact]
    public void OverlayActionsMatchTheDescription()
    {
        var actions = from service in _overlay["services"]!.AsObject()
                      from action in service.Value!["actions"]!.AsObject()
                      select (service.Key, action.Key, action.Value);

        Assert.All(actions, a => Assert.True(JsonNode.DeepEquals(a.Value, _doc["services"]![a.Item1]!["actions"]![a.Item2]), $"{a.Item1}.{a.Item2}"));
    }

    [Fact]
    public async Task OverlayAppliedToAnImportKeepsItValid()
    {
        await using var xml = SampleXml.Open();
        var result = await XmlSchemaImporter.ImportAsync(xml, new SchemaImportOptions(["uploadtoken"]));
        // A real import includes the data service, whose addContent the overlay corrects.
        result.Document["services"]!["data"] = new JsonObject { ["name"] = "data", ["actions"] = new JsonObject() };

        KgenOverlay.Apply(result.Document, _overlay);

        Assert.Empty(await MetaSchema.ValidateAsync(result.Document.ToJsonString()));
        Assert.NotNull(result.Document["definitions"]!["KalturaAttachmentAsset"]);
    }
}
