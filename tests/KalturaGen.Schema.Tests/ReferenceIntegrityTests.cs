using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>Rules of the format that JSON Schema cannot state, checked over the ingestion description.</summary>
public sealed partial class ReferenceIntegrityTests
{
    private static readonly IngestionSchema Doc = IngestionSchema.Instance;

    /// <summary>
    /// The schema reader checks every cross-reference rule: each $ref names a definition (KGEN002), each thrown code
    /// is declared (KGEN012), x-enumNames are as long as the values (KGEN014), bases are classes (KGEN018) without
    /// cycles (KGEN011), no class repeats an inherited property (KGEN004), parameter names are unique (KGEN006).
    /// The ingestion description gives no diagnostic at all, warnings included.
    /// </summary>
    [Fact]
    public void TheDescriptionReadsWithoutAnyDiagnostic()
    {
        Assert.Equal([], Doc.Result.Diagnostics.Select(d => d.ToString()).ToArray());
        Assert.NotEmpty(Doc.Model.Classes);
        Assert.NotEmpty(Doc.Model.Errors);
    }

    [Fact]
    public void EveryErrorPlaceholderMatchesItsArgsInOrder()
    {
        var mismatches = new List<string>();
        foreach (var error in Doc.Model.Errors)
        {
            var placeholders = Placeholder().Matches(error.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (!placeholders.SequenceEqual(error.Args))
            {
                mismatches.Add($"{error.Code}: message has [{string.Join(",", placeholders)}], args are [{string.Join(",", error.Args)}]");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void StringEnumsWithNumericValuesAcceptJsonNumbers()
    {
        // The server sends dynamic enum values that are numbers (entry status 2) as JSON numbers. The JSON Schema
        // "type" of a definition is what payload validators read, so this one rule looks at the file as JSON.
        var definitions = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IngestionSchemaPath))!["definitions"]!.AsObject();
        var wrong = (from e in Doc.Model.Enums
                     where e.IsString
                     let numeric = e.Members.Any(m => int.TryParse(m.Value, out _))
                     let acceptsIntegers = definitions[e.KalturaName]!["type"] is JsonArray
                     where numeric != acceptsIntegers
                     select e.KalturaName).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void FileResultsAndFileParametersAreOnlyWhereKalturaHasThem()
    {
        var fileResults = Doc.Actions().Where(a => a.Action.Result is { Kind: TypeKind.File })
            .Select(a => $"{a.Service}.{a.Action.WireName}").Order(StringComparer.Ordinal);
        var fileParams = from a in Doc.Actions()
                         from p in a.Action.Params
                         where p.Type.Kind == TypeKind.File
                         select $"{a.Service}.{a.Action.WireName}.{p.WireName}";

        Assert.Equal(
            ["attachment_attachmentasset.serve", "data.serve", "document_documents.serve", "document_documents.serveByFlavorParamsId"],
            fileResults);
        Assert.Equal(["uploadtoken.upload.fileData", "media.bulkUploadAdd.fileData"], fileParams);
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)@")]
    private static partial Regex Placeholder();
}
