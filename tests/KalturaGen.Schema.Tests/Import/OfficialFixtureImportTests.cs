using System.Text.Json.Nodes;
using KalturaGen.Schema.Import;
using KalturaGen.Schema.Parsing;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests.Import;

/// <summary>Imports the complete official 3.1.1 schema from ../shared/fixtures (skipped when it is absent).</summary>
public sealed class OfficialFixtureImportTests
{
    private static readonly string[] IngestionServices = ["session", "system", "uploadtoken", "media", "baseentry", "data", "document_documents", "flavorasset"];

    private static readonly Lazy<Task<SchemaImportResult>> Imported = new(async () =>
    {
        await using var xml = File.OpenRead(RepositoryPaths.OfficialFixtureXml!);
        return await XmlSchemaImporter.ImportAsync(xml, new SchemaImportOptions(IngestionServices, "Kaltura 3.1.1"));
    });

    [RequiresSharedFixtureFact]
    public async Task ImportValidatesAgainstTheMetaSchema()
    {
        var result = await Imported.Value;

        var errors = await MetaSchema.ValidateAsync(result.Document.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(40)));
    }

    [RequiresSharedFixtureFact]
    public async Task EveryReferenceOfTheImportResolves()
    {
        var doc = (await Imported.Value).Document;

        // The one schema reader reports an unresolved $ref as KGEN002.
        var result = SchemaParser.Parse("imported.kgen.json", doc.ToJsonString());

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == SchemaDiagnosticIds.UnknownTypeReference);
    }

    [RequiresSharedFixtureFact]
    public async Task UploadTokenClassComesOutAsInTheXml()
    {
        var token = (await Imported.Value).Document["definitions"]!["KalturaUploadToken"]!;

        Assert.Equal(
            ["id", "partnerId", "userId", "status", "fileName", "fileSize", "uploadedFileSize", "createdAt", "updatedAt"],
            token["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("""{"$ref":"#/definitions/KalturaUploadTokenStatus","description":"Status of the upload token","readOnly":true}""", token["properties"]!["status"]!.ToJsonString());
        Assert.True(token["properties"]!["fileName"]!["x-insertOnly"]!.GetValue<bool>());
        // The 2011 file does not yet mark times with isTime, so createdAt is a plain integer there.
        Assert.Equal("integer", token["properties"]!["createdAt"]!["type"]!.GetValue<string>());
        Assert.Null(token["properties"]!["createdAt"]!["format"]);
    }

    [RequiresSharedFixtureFact]
    public async Task EnumsComeOutWithKalturasValues()
    {
        var defs = (await Imported.Value).Document["definitions"]!;

        Assert.Equal("[0,1,2,3,4,5]", defs["KalturaUploadTokenStatus"]!["enum"]!.ToJsonString());
        Assert.Equal("string", defs["KalturaEntryStatus"]!["x-enumType"]!.GetValue<string>());
        Assert.Equal(
            """["-2","-1","0","1","2","3","4","5","6","virusScan.Infected"]""",
            defs["KalturaEntryStatus"]!["x-enumValues"]!.ToJsonString());
        Assert.Equal("[1,2,5,201,202,203,204]", defs["KalturaMediaType"]!["enum"]!.ToJsonString());
    }

    [RequiresSharedFixtureFact]
    public async Task ActionsComeOutWithTheir2011Signatures()
    {
        var services = (await Imported.Value).Document["services"]!;

        // In 3.1.1 resumeAt was an int; today it is a float. The import follows the file it is given.
        var upload = services["uploadtoken"]!["actions"]!["upload"]!["params"]!.AsArray();
        Assert.Equal(["uploadTokenId", "fileData", "resume", "finalChunk", "resumeAt"], upload.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("integer", upload[4]!["type"]!.GetValue<string>());
        Assert.Equal(-1, upload[4]!["default"]!.GetValue<long>());
        Assert.Equal("""{"type":"array","items":{"$ref":"#/definitions/KalturaBaseEntry"}}""", services["baseentry"]!["actions"]!["getByIds"]!["result"]!.ToJsonString());
        Assert.Equal("""{"type":"file"}""", services["data"]!["actions"]!["serve"]!["result"]!.ToJsonString());
        Assert.Equal("documents", services["document_documents"]!["name"]!.GetValue<string>());
    }

    [RequiresSharedFixtureFact]
    public async Task ReferencedBaseClassBringsItsSubclasses()
    {
        var defs = (await Imported.Value).Document["definitions"]!.AsObject();

        // baseEntry.get returns KalturaBaseEntry, so every entry class of the file is imported.
        Assert.Contains("KalturaMediaEntry", defs.Select(d => d.Key));
        Assert.Contains("KalturaDataEntry", defs.Select(d => d.Key));
        Assert.Contains("KalturaMixEntry", defs.Select(d => d.Key));
        Assert.DoesNotContain("KalturaPartner", defs.Select(d => d.Key));
    }
}
