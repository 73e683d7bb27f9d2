using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>Rules of the format that JSON Schema cannot state, checked over the ingestion description.</summary>
public sealed partial class ReferenceIntegrityTests
{
    private readonly KgenDocument _doc = KgenDocument.Ingestion();

    [Fact]
    public void EveryReferenceResolvesToADefinition()
    {
        var references = _doc.References().ToList();

        Assert.NotEmpty(references);
        var dangling = references
            .Where(r => !r.Ref.StartsWith("#/definitions/", StringComparison.Ordinal)
                        || !_doc.Definitions.ContainsKey(r.Ref["#/definitions/".Length..]))
            .Select(r => $"{r.Path} -> {r.Ref}")
            .ToList();
        Assert.True(dangling.Count == 0, string.Join(Environment.NewLine, dangling));
    }

    [Fact]
    public void EveryThrowsNamesADeclaredError()
    {
        var unknown = (from a in _doc.Actions()
                       from code in a.Action["throws"]?.AsArray() ?? []
                       let name = code!.GetValue<string>()
                       where !_doc.Errors.ContainsKey(name)
                       select $"{a.Service}.{a.Name} throws {name}").ToList();

        Assert.True(unknown.Count == 0, string.Join(Environment.NewLine, unknown));
    }

    [Fact]
    public void EveryErrorPlaceholderMatchesItsArgsInOrder()
    {
        var mismatches = new List<string>();
        foreach (var (code, error) in _doc.Errors)
        {
            var placeholders = Placeholder().Matches(error!["message"]!.GetValue<string>())
                .Select(m => m.Groups[1].Value).Distinct().ToList();
            var args = error["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            if (!placeholders.SequenceEqual(args))
            {
                mismatches.Add($"{code}: message has [{string.Join(",", placeholders)}], args are [{string.Join(",", args)}]");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void EveryEnumNamesEachOfItsValues()
    {
        var misaligned = (from d in _doc.Definitions
                          let def = d.Value!.AsObject()
                          where def.ContainsKey("x-enumType")
                          let values = (def["enum"] ?? def["x-enumValues"])!.AsArray().Count
                          let names = def["x-enumNames"]!.AsArray().Count
                          where values != names
                          select $"{d.Key}: {values} values, {names} names").ToList();

        Assert.True(misaligned.Count == 0, string.Join(Environment.NewLine, misaligned));
    }

    [Fact]
    public void StringEnumsWithNumericValuesAcceptJsonNumbers()
    {
        // The server sends dynamic enum values that are numbers (entry status 2) as JSON numbers.
        var wrong = (from d in _doc.Definitions
                     let def = d.Value!.AsObject()
                     where def["x-enumType"]?.GetValue<string>() == "string"
                     let numeric = def["x-enumValues"]!.AsArray().Any(v => int.TryParse(v!.GetValue<string>(), out _))
                     let acceptsIntegers = def["type"] is JsonArray
                     where numeric != acceptsIntegers
                     select d.Key).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void BaseClassesAreClasses()
    {
        var wrong = (from d in _doc.Definitions
                     let baseRef = d.Value!["allOf"]?[0]?["$ref"]?.GetValue<string>()
                     where baseRef is not null
                     let target = _doc.Definitions[baseRef["#/definitions/".Length..]]!.AsObject()
                     where target["type"]?.GetValue<string>() != "object" || target.ContainsKey("x-enumType")
                     select $"{d.Key} -> {baseRef}").ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void NoClassRedeclaresAnInheritedProperty()
    {
        var duplicates = new List<string>();
        foreach (var (name, node) in _doc.Definitions)
        {
            var own = node!["properties"]?.AsObject();
            if (own is null)
            {
                continue;
            }

            foreach (var ancestor in Ancestors(name))
            {
                duplicates.AddRange(own.Select(p => p.Key)
                    .Where(p => _doc.Definition(ancestor)["properties"]!.AsObject().ContainsKey(p))
                    .Select(p => $"{name}.{p} repeats {ancestor}.{p}"));
            }
        }

        Assert.True(duplicates.Count == 0, string.Join(Environment.NewLine, duplicates));
    }

    [Fact]
    public void ParameterNamesAreUniqueWithinAnAction()
    {
        var repeated = (from a in _doc.Actions()
                        let names = a.Action["params"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList()
                        where names.Count != names.Distinct().Count()
                        select $"{a.Service}.{a.Name}").ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void FileResultsAndFileParametersAreOnlyWhereKalturaHasThem()
    {
        var fileResults = _doc.Actions().Where(a => a.Action["result"]?["type"]?.GetValue<string>() == "file")
            .Select(a => $"{a.Service}.{a.Name}").Order(StringComparer.Ordinal);
        var fileParams = from a in _doc.Actions()
                         from p in a.Action["params"]!.AsArray()
                         where p!["type"]?.GetValue<string>() == "file"
                         select $"{a.Service}.{a.Name}.{p["name"]}";

        Assert.Equal(
            ["attachment_attachmentasset.serve", "data.serve", "document_documents.serve", "document_documents.serveByFlavorParamsId"],
            fileResults);
        Assert.Equal(["uploadtoken.upload.fileData", "media.bulkUploadAdd.fileData"], fileParams);
    }

    private IEnumerable<string> Ancestors(string name)
    {
        for (var baseRef = _doc.Definition(name)["allOf"]?[0]?["$ref"]?.GetValue<string>();
             baseRef is not null;
             baseRef = _doc.Definition(baseRef["#/definitions/".Length..])["allOf"]?[0]?["$ref"]?.GetValue<string>())
        {
            yield return baseRef["#/definitions/".Length..];
        }
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)@")]
    private static partial Regex Placeholder();
}
