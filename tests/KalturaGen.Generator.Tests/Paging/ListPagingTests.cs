using KalturaGen.Schema;
using KalturaGen.Schema.Parsing;
using KalturaGen.Generator.Tests.TestHelpers;

namespace KalturaGen.Generator.Tests.Paging;

/// <summary>Which actions get a ListAllAsync and how each windows past the server's limit: decided in the model.</summary>
public class ListPagingTests
{
    [Fact]
    public void IngestionListsWindowOnCreatedAtWhereTheirFilterAllowsIt()
    {
        var paging = PagingOf(IngestionSchema.Text);

        Assert.Equal(
            [
                "attachment_attachmentasset.list: ListAll CreatedAt",
                "baseentry.list: ListAll CreatedAt",
                "baseentry.listByReferenceId: ListAllByReferenceId none",
                "baseentry.listFlags: ListAllFlags none",
                "data.list: ListAll CreatedAt",
                "document_documents.list: ListAll CreatedAt",
                "flavorasset.list: ListAll CreatedAt",
                "media.list: ListAll CreatedAt",
                "media.listFlags: ListAllFlags none",
                "uploadtoken.list: ListAll none",
            ],
            paging.Select(p => $"{p.Action}: {p.Paging.MethodName} {p.Paging.Window?.Kind.ToString() ?? "none"}").Order(StringComparer.Ordinal));
        var media = paging.Single(p => p.Action == "media.list").Paging;
        Assert.Equal(
            new ListWindowModel(
                ListWindowKind.CreatedAt, "filter", "MediaEntryFilter", "OrderBy", "+createdAt", "CreatedAtGreaterThanOrEqual", TypeKind.Int32, "CreatedAt", "Id", TypeKind.String),
            media.Window);
        Assert.Equal(("pager", "FilterPager", "Objects", "MediaEntry"), (media.PagerParam, media.PagerType, media.ObjectsProperty, media.ItemType));
    }

    [Fact]
    public void AnIntegerIdWithIdGreaterThanWindowsOnIdAndNamesAvoidTheServicesMethods()
    {
        var paging = PagingOf(File.ReadAllText(TestPaths.TestSchema("awkward-names.kgen.json")));

        Assert.Equal(
            [
                "listAll.list: ListAllItems Id IdGreaterThan",
                "listAll.listAll: ListAllAll CreatedAt CreatedAtGreaterThanOrEqual",
                "listAll.search: SearchAll none",
            ],
            paging.Select(p => $"{p.Action}: {p.Paging.MethodName} {p.Paging.Window?.Kind.ToString() ?? "none"} {p.Paging.Window?.StartProperty}".TrimEnd()));
        var notes = paging.Single(p => p.Action == "listAll.listAll").Paging.Window!;
        // Its wire "id" is the C# IdValue: the schema's "Id" took the plain name first.
        Assert.Equal(("IdValue", TypeKind.String), (notes.IdProperty, notes.IdKind));
    }

    [Theory]
    [InlineData("""{ "orderBy": { "type": "string" } }""", "+createdAt", "no start bound")]
    [InlineData("""{ "orderBy": { "type": "string" }, "createdAtGreaterThanOrEqual": { "type": "integer" } }""", "-createdAt", "the order enum cannot sort ascending")]
    [InlineData("""{ "createdAtGreaterThanOrEqual": { "type": "integer" } }""", "+createdAt", "no orderBy: not a filter")]
    public void AListWhoseFilterCannotWindowPagesWithoutOne(string filterProperties, string orderValue, string why)
    {
        var schema = $$"""
            {
              "definitions": {
                "KalturaFilterPager": { "type": "object", "properties": { "pageSize": { "type": "integer" }, "pageIndex": { "type": "integer" } } },
                "KalturaItem": { "type": "object", "properties": { "id": { "type": "string" }, "createdAt": { "type": "integer" } } },
                "KalturaItemFilter": { "type": "object", "properties": {{filterProperties}} },
                "KalturaItemOrderBy": { "x-enumType": "string", "type": "string", "x-enumValues": ["{{orderValue}}"], "x-enumNames": ["ORDER"] },
                "KalturaItemListResponse": { "type": "object", "properties": { "objects": { "type": "array", "items": { "$ref": "#/definitions/KalturaItem" } } } }
              },
              "services": {
                "item": { "name": "item", "actions": { "list": {
                  "params": [
                    { "name": "filter", "$ref": "#/definitions/KalturaItemFilter", "optional": true, "default": null },
                    { "name": "pager", "$ref": "#/definitions/KalturaFilterPager", "optional": true, "default": null }
                  ],
                  "result": { "$ref": "#/definitions/KalturaItemListResponse" } } } }
              }
            }
            """;

        var paging = Assert.Single(PagingOf(schema)).Paging;

        Assert.True(paging.Window is null, why);
        var run = GeneratorHarness.Run(schema);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Contains("KalturaPaging.ListAllAsync<global::Sample.Client.Models.Item>(", run.Sources["sample.ListAll.Item.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void ActionsWithoutOnePagerOrAnObjectsArrayAreNotLists()
    {
        const string schema = """
            {
              "definitions": {
                "KalturaFilterPager": { "type": "object", "properties": { "pageSize": { "type": "integer" }, "pageIndex": { "type": "integer" } } },
                "KalturaAbstractPager": { "type": "object", "x-abstract": true, "properties": { "pageSize": { "type": "integer" }, "pageIndex": { "type": "integer" } } },
                "KalturaItem": { "type": "object", "properties": { "id": { "type": "string" } } },
                "KalturaItemListResponse": { "type": "object", "properties": { "objects": { "type": "array", "items": { "$ref": "#/definitions/KalturaItem" } } } }
              },
              "services": {
                "item": { "name": "item", "actions": {
                  "noPager": { "params": [], "result": { "$ref": "#/definitions/KalturaItemListResponse" } },
                  "twoPagers": {
                    "params": [{ "name": "a", "$ref": "#/definitions/KalturaFilterPager" }, { "name": "b", "$ref": "#/definitions/KalturaFilterPager" }],
                    "result": { "$ref": "#/definitions/KalturaItemListResponse" }
                  },
                  "abstractPager": { "params": [{ "name": "a", "$ref": "#/definitions/KalturaAbstractPager" }], "result": { "$ref": "#/definitions/KalturaItemListResponse" } },
                  "noObjects": { "params": [{ "name": "a", "$ref": "#/definitions/KalturaFilterPager" }], "result": { "$ref": "#/definitions/KalturaItem" } }
                } }
              }
            }
            """;

        Assert.Empty(PagingOf(schema));
        Assert.DoesNotContain("sample.ListAll.Item.g.cs", GeneratorHarness.Run(schema).Sources.Keys);
    }

    private static List<(string Action, ListPagingModel Paging)> PagingOf(string schema)
    {
        var result = SchemaParser.Parse("/schemas/test.kgen.json", schema, CancellationToken.None);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result.Model!.Services
            .SelectMany(s => s.Actions.Where(a => a.Paging is not null).Select(a => ($"{s.Id}.{a.WireName}", a.Paging!)))
            .ToList();
    }
}
