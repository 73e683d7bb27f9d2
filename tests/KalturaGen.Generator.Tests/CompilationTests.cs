using System.Text.Json;
using KalturaGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Tests;

/// <summary>The generated SDK compiles cleanly (nullable on, docs checked) and has the promised shape.</summary>
public class CompilationTests
{
    [Fact]
    public void IngestionSdkCompilesWithoutWarnings()
    {
        var run = IngestionSchema.Generate();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void SampleSdkCompilesWithoutWarnings()
    {
        var run = GeneratorHarness.Run(File.ReadAllText(TestPaths.TestSchema("sample.kgen.json")));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void EveryIngestionActionIsAnAsyncMethodOfItsServiceInterface()
    {
        var sources = IngestionSchema.Generate().Sources;
        using var schema = JsonDocument.Parse(IngestionSchema.Text);
        var count = 0;
        foreach (var service in schema.RootElement.GetProperty("services").EnumerateObject())
        {
            var name = Schema.Identifiers.Pascal(service.Value.GetProperty("name").GetString()!);
            var contract = sources[$"kaltura-ingestion.ServiceInterface.{name}.g.cs"];
            Assert.Contains($"public partial interface I{name}Service", contract, StringComparison.Ordinal);
            foreach (var action in service.Value.GetProperty("actions").EnumerateObject())
            {
                Assert.Contains($" {Schema.Identifiers.Pascal(action.Name)}Async(", contract, StringComparison.Ordinal);
                count++;
            }
        }

        Assert.True(count > 40, $"only {count} actions found");
    }

    [Fact]
    public void CallerCodeWritesAgainstTheGeneratedSurface()
    {
        const string caller = """
            using System.Threading.Tasks;
            using KalturaGen.Runtime;
            using Sample.Client;
            using Sample.Client.Enums;
            using Sample.Client.Models;

            public static class Caller
            {
                public static async Task<UploadToken> RunAsync(KalturaClient client)
                {
                    var token = await client.UploadToken.AddAsync(new UploadToken { FileName = "a.mp4", FileSize = 10 });
                    var status = token.Status == UploadTokenStatus.FULL_UPLOAD;
                    var ready = EntryStatus.READY == new EntryStatus("2");
                    var batch = client.CreateMultiRequest();
                    var added = batch.UploadToken.Add(new UploadToken { FileName = "b.mp4" });
                    var uploaded = batch.UploadToken.Upload(added.Reference("id"), KalturaFile.FromBytes(new byte[] { 1 }, "b.mp4"), finalChunk: true);
                    batch.UploadToken.Delete(added.Reference("id"));
                    await batch.ExecuteAsync();
                    using var stream = await client.Media.ServeAsync("0_x");
                    long count = await client.Media.CountAsync(EntryStatus.READY);
                    return status && ready && count > 0 ? uploaded.Result : added.Result;
                }
            }
            """;
        var schema = File.ReadAllText(TestPaths.TestSchema("sample.kgen.json"));
        var compilation = GeneratorHarness.Compilation(caller);
        GeneratorHarness.Driver(new InMemoryAdditionalText(GeneratorHarness.DefaultPath, schema))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void NamespaceFallsBackToTheProjectRootNamespace()
    {
        var options = GeneratorHarness.Options(fileNamespace: null, rootNamespace: "Contoso.Video");
        var run = GeneratorHarness.Run(File.ReadAllText(TestPaths.TestSchema("sample.kgen.json")), options: options);
        Assert.Contains("namespace Contoso.Video;", run.Sources["sample.Client.KalturaClient.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void AliasedStringEnumValuesAndOddFileNamesStillGiveCleanCode()
    {
        const string schema = """
            {
              "definitions": {
                "KalturaLanguage": { "x-enumType": "string", "type": "string", "x-enumValues": ["en", "en", "he"], "x-enumNames": ["EN", "ENGLISH", "HE"] }
              },
              "services": {}
            }
            """;
        var run = GeneratorHarness.Run(schema, "/schemas/my api (v2).kgen.json");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("my_api__v2_.Enum.Language.g.cs", run.Sources.Keys);
        Assert.Contains("public bool IsKnown => Value is \"en\" or \"he\";", run.Sources["my_api__v2_.Enum.Language.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void NamesThatCollideWithKeywordsGeneratedMembersOrEachOtherStillCompile()
    {
        var run = GeneratorHarness.Run(File.ReadAllText(TestPaths.TestSchema("awkward-names.kgen.json")), "/schemas/awkward-names.kgen.json");

        Assert.Empty(run.Diagnostics.Select(d => d.ToString()));
        var problems = run.CompilationProblems.Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var model = run.Sources["awkward-names.Model.String.g.cs"];
        Assert.Contains("public string? EqualsValue", model, StringComparison.Ordinal);
        // The renamed property keeps its wire name: its slot's member in the table is "equals".
        var slot = System.Text.RegularExpressions.Regex.Match(model, @"EqualsValue \{ get => \(string\?\)GetValue\((\d+)\); set => SetValue\(\1, value\); \}");
        Assert.True(slot.Success, model);
        var table = model[model.IndexOf("KalturaMemberTable.Create(", StringComparison.Ordinal)..];
        var rows = System.Text.RegularExpressions.Regex.Matches(table, @"new\(""(\w+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("equals", rows[int.Parse(slot.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);

        // Properties named like the runtime's members of a model (and its table) keep their wire names under other C# names.
        Assert.Superset(new HashSet<string>(["getValue", "setValue", "memberTable", "__members", "members"]), rows.ToHashSet());
        Assert.Contains("public string? IdValue", model, StringComparison.Ordinal);
    }
}
