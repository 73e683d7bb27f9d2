using System.Text.Json.Nodes;
using KalturaGen.Schema.Import;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests.Import;

public sealed class XmlSchemaImporterTests
{
    private static async Task<SchemaImportResult> ImportSampleAsync(params string[] services)
    {
        await using var xml = SampleXml.Open();
        return await XmlSchemaImporter.ImportAsync(xml, new SchemaImportOptions(services.Length == 0 ? ["uploadtoken", "attachmentAsset"] : services));
    }

    [Fact]
    public async Task ImportValidatesAgainstTheMetaSchema()
    {
        var result = await ImportSampleAsync();

        var errors = await MetaSchema.ValidateAsync(result.Document.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task IntEnumKeepsValuesAndNames()
    {
        var def = (await ImportSampleAsync()).Document["definitions"]!["KalturaUploadTokenStatus"]!;

        Assert.Equal("""{"x-enumType":"int","type":"integer","enum":[0,1,2],"x-enumNames":["PENDING","PARTIAL_UPLOAD","FULL_UPLOAD"]}""", def.ToJsonString());
    }

    [Fact]
    public async Task StringEnumIsOpenAndAcceptsNumbersWhenAValueIsNumeric()
    {
        var def = (await ImportSampleAsync()).Document["definitions"]!["KalturaEntryStatus"]!;

        Assert.Equal("""{"x-enumType":"string","type":["string","integer"],"x-enumValues":["2","virusScan.Infected"],"x-enumNames":["READY","INFECTED"]}""", def.ToJsonString());
    }

    [Fact]
    public async Task ClassKeepsOwnPropertiesInOrderWithFlags()
    {
        var def = (await ImportSampleAsync()).Document["definitions"]!["KalturaUploadToken"]!;

        Assert.Equal("An upload token", def["description"]!.GetValue<string>());
        Assert.Equal(
            """{"id":{"type":"string","description":"Token id","readOnly":true},"status":{"$ref":"#/definitions/KalturaUploadTokenStatus","readOnly":true},"fileSize":{"type":"number","x-insertOnly":true},"createdAt":{"type":"integer","format":"unix-time","readOnly":true}}""",
            def["properties"]!.ToJsonString());
    }

    [Fact]
    public async Task SubclassNamesItsBaseAndAbstractClassIsMarked()
    {
        var defs = (await ImportSampleAsync()).Document["definitions"]!;

        Assert.Equal("#/definitions/KalturaResource", defs["KalturaUploadedFileTokenResource"]!["allOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.True(defs["KalturaResource"]!["x-abstract"]!.GetValue<bool>());
        Assert.Equal("""{"type":"array","items":{"$ref":"#/definitions/KalturaUploadToken"},"readOnly":true}""", defs["KalturaUploadTokenListResponse"]!["properties"]!["objects"]!.ToJsonString());
        Assert.Equal("""{"type":"object","additionalProperties":{"$ref":"#/definitions/KalturaListResponse"}}""", defs["KalturaEntry"]!["properties"]!["sizes"]!.ToJsonString());
    }

    [Fact]
    public async Task ActionKeepsParameterOrderTypesAndDefaults()
    {
        var upload = (await ImportSampleAsync()).Document["services"]!["uploadtoken"]!["actions"]!["upload"]!;

        Assert.Equal(
            """[{"name":"uploadTokenId","type":"string"},{"name":"fileData","type":"file"},{"name":"resume","type":"boolean","optional":true,"default":false},{"name":"resumeAt","type":"number","optional":true,"default":-1,"description":"Byte offset"}]""",
            upload["params"]!.ToJsonString());
        Assert.Equal("""{"$ref":"#/definitions/KalturaUploadToken"}""", upload["result"]!.ToJsonString());
        Assert.Equal("always", upload["session"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnumDefaultsKeepTheEnumsValueType()
    {
        var list = (await ImportSampleAsync()).Document["services"]!["uploadtoken"]!["actions"]!["list"]!["params"]!.AsArray();

        Assert.Equal(0, list[0]!["default"]!.GetValue<long>());
        Assert.Equal("2", list[1]!["default"]!.GetValue<string>());
        Assert.Null(list[2]!["default"]);
        Assert.True(list[2]!.AsObject().ContainsKey("default"));
    }

    [Fact]
    public async Task VoidFileAndDeprecatedActionsComeOutRight()
    {
        var services = (await ImportSampleAsync()).Document["services"]!;

        Assert.False(services["uploadtoken"]!["actions"]!["delete"]!.AsObject().ContainsKey("result"));
        var serve = services["attachment_attachmentasset"]!["actions"]!["serve"]!;
        Assert.Equal("""{"type":"file"}""", serve["result"]!.ToJsonString());
        Assert.Equal("none", serve["session"]!.GetValue<string>());
        Assert.True(serve["deprecated"]!.GetValue<bool>());
        Assert.Equal("attachmentAsset", services["attachment_attachmentasset"]!["name"]!.GetValue<string>());
        Assert.Equal("attachment", services["attachment_attachmentasset"]!["plugin"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyChosenServicesAndTheTypesTheyReachAreImported()
    {
        var doc = (await ImportSampleAsync()).Document;

        Assert.Equal(["uploadtoken", "attachment_attachmentasset"], doc["services"]!.AsObject().Select(s => s.Key));
        var defs = doc["definitions"]!.AsObject();
        Assert.DoesNotContain("KalturaUnrelated", defs.Select(d => d.Key));
        Assert.DoesNotContain("KalturaUnusedEnum", defs.Select(d => d.Key));
        Assert.DoesNotContain("KalturaUploadTokenOrderBy", defs.Select(d => d.Key));
        // KalturaResource is a parameter type, so its subclasses come too; KalturaListResponse is only a base.
        Assert.Contains("KalturaUploadedFileTokenResource", defs.Select(d => d.Key));
        Assert.Contains("KalturaUploadedFileResource", defs.Select(d => d.Key));
    }

    [Fact]
    public async Task ServicesAreFoundByIdOrClientNameInFileOrder()
    {
        var doc = (await ImportSampleAsync("ATTACHMENTASSET", "uploadToken")).Document;

        Assert.Equal(["uploadtoken", "attachment_attachmentasset"], doc["services"]!.AsObject().Select(s => s.Key));
    }

    [Fact]
    public async Task WhatCannotBeImportedIsReportedAsWarnings()
    {
        var result = await ImportSampleAsync();
        var defs = result.Document["definitions"]!.AsObject();

        Assert.Contains(result.Warnings, w => w.Text.Contains("KalturaMissingPluginType", StringComparison.Ordinal));
        Assert.Equal("""{}""", defs["KalturaMissingPluginType"]!["properties"]!.ToJsonString());
        Assert.Contains(result.Warnings, w => w.Text.Contains("KalturaUploadedFileResource.fileData", StringComparison.Ordinal));
        Assert.False(defs["KalturaUploadedFileResource"]!["properties"]!.AsObject().ContainsKey("fileData"));
        Assert.Contains(result.Warnings, w => w.Text.Contains("NOT_A_DECLARED_ERROR", StringComparison.Ordinal));
        Assert.Equal("""["UPLOAD_TOKEN_NOT_FOUND"]""", result.Document["services"]!["uploadtoken"]!["actions"]!["upload"]!["throws"]!.ToJsonString());
    }

    [Fact]
    public async Task ErrorsThrownByImportedActionsAreImported()
    {
        var errors = (await ImportSampleAsync()).Document["errors"]!.AsObject();

        Assert.Equal("""{"UPLOAD_TOKEN_NOT_FOUND":{"message":"Upload token not found","args":[]}}""", errors.ToJsonString());
        Assert.Equal("22.15.0", (await ImportSampleAsync()).Document["info"]!["apiVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownServiceIsAnErrorThatNamesTheServicesInTheFile()
    {
        var e = await Assert.ThrowsAsync<SchemaImportException>(() => ImportSampleAsync("uploadtokens"));

        Assert.Contains("\"uploadtokens\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("attachment_attachmentasset", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<xml><classes/></xml>")]
    [InlineData("<html><body/></html>")]
    [InlineData("<xml><classes><class/></classes><services/></xml>")]
    [InlineData("not xml at all")]
    public async Task FileThatIsNotAKalturaSchemaIsRejected(string text)
    {
        await using var xml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        await Assert.ThrowsAsync<SchemaImportException>(() => XmlSchemaImporter.ImportAsync(xml, new SchemaImportOptions(["x"])));
    }
}
