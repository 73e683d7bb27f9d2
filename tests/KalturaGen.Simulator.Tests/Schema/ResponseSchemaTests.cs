using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Tests.Support;
using NJsonSchema;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>
/// Every JSON response of every action validates, with NJsonSchema, against the JSON Schema of the
/// action's declared result type in schema/kaltura-ingestion.kgen.json.
/// </summary>
public sealed class ResponseSchemaTests
{
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Schemas = new();
    private static readonly Lazy<JsonObject> Document = new(() =>
    {
        using var stream = typeof(SchemaLoader).Assembly.GetManifestResourceStream(SchemaLoader.EmbeddedResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    });

    /// <summary>Every action of the schema: service id and action name.</summary>
    public static TheoryData<string, string> Actions()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in SchemaLoader.LoadEmbedded().Services.OrderBy(s => s.Id))
        {
            foreach (var action in service.Actions.Values.OrderBy(a => a.Name))
            {
                data.Add(service.Id, action.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task ResponseMatchesTheDeclaredResultType(string service, string action)
    {
        await using var api = await StartAsync();
        var definition = api.Simulator.Runtime.Schema.FindService(service)!.Actions[action];
        if (definition.ReturnsFile)
        {
            await AssertFileActionAsync(api, service, action);
            return;
        }

        if (action == "export")
        {
            // Without remote storage profiles an export has no successful outcome, on a real partner too.
            var id = await api.NewMediaAsync();
            var flavor = (await api.FlavorsAsync(await api.ReadyVideoAsync([1])))[0].GetProperty("id").GetString()!;
            var failed = service == "baseentry"
                ? await api.CallAsync(service, action, ("entryId", id), ("storageProfileId", "1"))
                : await api.CallAsync(service, action, ("assetId", flavor), ("storageProfileId", "1"));
            AssertError(failed, "STORAGE_PROFILE_ID_NOT_FOUND");
            return;
        }

        var body = service == "uploadtoken" && action == "upload" ? await UploadBodyAsync(api)
            : service == "media" && action == "bulkUploadAdd" ? await BulkBodyAsync(api)
            : await ActionScenarios.RunAsync(api, service, action);
        using var parsed = JsonDocument.Parse(body);
        Assert.False(parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty("code", out _), $"{service}.{action} failed: {body}");

        if (definition.Result is null)
        {
            Assert.Equal("null", body);
            return;
        }

        var schema = await Schemas.GetOrAdd(TypeKey(definition.Result), _ => BuildAsync(definition.Result));
        var errors = schema.Validate(body);
        Assert.True(errors.Count == 0, $"{service}.{action}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}\n{body}");
    }

    [Fact]
    public async Task TheValidatorRejectsAPayloadThatBreaksTheSchema()
    {
        var schema = await Schemas.GetOrAdd("KalturaUploadToken", _ => BuildAsync(new TypeRef(TypeKind.Ref, "KalturaUploadToken")));
        Assert.Empty(schema.Validate("{\"id\":\"0_a\",\"status\":2,\"objectType\":\"KalturaUploadToken\"}"));
        Assert.NotEmpty(schema.Validate("{\"id\":\"0_a\",\"status\":9,\"objectType\":\"KalturaUploadToken\"}"));
        Assert.NotEmpty(schema.Validate("{\"id\":7,\"objectType\":\"KalturaUploadToken\"}"));
    }

    private static async Task AssertFileActionAsync(SimulatorApi api, string service, string action)
    {
        var data = "exact bytes"u8.ToArray();
        string query;
        switch (service)
        {
            case "data":
                var dataEntry = (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;
                await api.AddTokenContentAsync(dataEntry, await api.UploadFileAsync(data, "a.txt"), "data");
                query = $"entryId={dataEntry}";
                break;
            case "document_documents":
                var document = (await api.CallAsync("baseEntry", "add", ("entry:objectType", "KalturaDocumentEntry"))).GetProperty("id").GetString()!;
                await api.AddTokenContentAsync(document, await api.UploadFileAsync(data, "a.pdf"), "document_documents");
                query = $"entryId={document}";
                break;
            default:
                var attachment = (await api.CallAsync(service, "add", ("entryId", await api.NewMediaAsync()), ("attachmentAsset:title", "t"))).GetProperty("id").GetString()!;
                await api.CallAsync(service, "setContent", ("id", attachment), ("contentResource:objectType", "KalturaUploadedFileTokenResource"), ("contentResource:token", await api.UploadFileAsync(data, "a.txt")));
                query = $"attachmentAssetId={attachment}";
                break;
        }

        var served = await api.Http.GetByteArrayAsync($"/api_v3/service/{service}/action/{action}?ks={api.Ks}&{query}");
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(served));
    }

    private static async Task<string> UploadBodyAsync(SimulatorApi api)
    {
        var id = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        return (await api.UploadAsync(id, [1, 2, 3], "a.mp4")).GetRawText();
    }

    private static async Task<string> BulkBodyAsync(SimulatorApi api)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" },
            { new ByteArrayContent("1,t,d,tags,http://localhost/none.mp4,1\n"u8.ToArray()), "fileData", "bulk.csv" },
        };
        return await (await api.Http.PostAsync("/api_v3/service/media/action/bulkUploadAdd", content)).Content.ReadAsStringAsync();
    }

    private static string TypeKey(TypeRef type) => type.ToString();

    private static Task<JsonSchema> BuildAsync(TypeRef type)
    {
        var definitions = Document.Value["definitions"]!.DeepClone().AsObject();
        // A KalturaNullableBoolean goes out as the core getter's PHP boolean (UploadToken::getAutoFinalize), which
        // KalturaJsonSerializer writes as true/false; requests still use the enum's -1/0/1.
        definitions["KalturaNullableBoolean"] = new JsonObject
        {
            ["anyOf"] = new JsonArray(definitions["KalturaNullableBoolean"]!.DeepClone(), new JsonObject { ["type"] = "boolean" }),
        };
        var wrapper = new JsonObject { ["definitions"] = definitions };
        foreach (var (key, value) in ToJsonSchema(type))
        {
            wrapper[key] = value?.DeepClone();
        }

        return JsonSchema.FromJsonAsync(wrapper.ToJsonString());
    }

    private static JsonObject ToJsonSchema(TypeRef type) => type.Kind switch
    {
        // NJsonSchema resolves a reference at the document root poorly, so the root wraps it in allOf.
        TypeKind.Ref => new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/{type.Name}" }) },
        TypeKind.Array => new JsonObject { ["type"] = "array", ["items"] = ToJsonSchema(type.Items!) },
        TypeKind.String => new JsonObject { ["type"] = "string" },
        TypeKind.Bool => new JsonObject { ["type"] = "boolean" },
        TypeKind.Float => new JsonObject { ["type"] = "number" },
        _ => new JsonObject { ["type"] = "integer" },
    };
}
