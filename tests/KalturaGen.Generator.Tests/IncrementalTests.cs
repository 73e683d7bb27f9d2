using System.Collections;
using System.Reflection;
using KalturaGen.Generator.Model;
using KalturaGen.Schema;
using KalturaGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Tests;

/// <summary>The pipeline caches: unchanged input reruns nothing, and an edit regenerates only what it touches.</summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.SchemaInputs, TrackingNames.ParseResults, TrackingNames.Diagnostics, TrackingNames.Models, TrackingNames.OutputItems,
    ];

    private static readonly string SampleText = File.ReadAllText(TestPaths.TestSchema("sample.kgen.json"));

    [Fact]
    public void SecondRunOverTheSameInputIsCachedOrUnchangedAtEveryStep()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new InMemoryAdditionalText(GeneratorHarness.DefaultPath, SampleText)).RunGenerators(compilation);
        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void WhitespaceEditDoesNotRegenerate()
    {
        var result = RunEdited(SampleText.Replace("\n", "\n  ", StringComparison.Ordinal));

        // The text changed, so it is parsed again; the parse gives an equal result, so nothing after it runs.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.SchemaInputs)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, TrackingNames.ParseResults)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.Models)));
        Assert.All(Reasons(result, TrackingNames.OutputItems), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingOneClassRegeneratesOnlyThatClass()
    {
        var edited = SampleText.Replace("\"pageIndex\": { \"type\": \"integer\" }", "\"pageIndex\": { \"type\": \"integer\", \"description\": \"Page to return, from 1.\" }", StringComparison.Ordinal);
        Assert.NotEqual(SampleText, edited);

        var result = RunEdited(edited);

        var items = result.TrackedSteps[TrackingNames.OutputItems].SelectMany(s => s.Outputs).ToList();
        var modified = Assert.Single(items, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("sample.Model.FilterPager.g.cs", ((OutputItem)modified.Value).HintName);
        Assert.All(items.Where(o => o != modified), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void APropertyAddedToABaseClassRegeneratesTheSubclassWhoseSlotsMove()
    {
        var edited = SampleText.Replace(
            "\"name\": { \"type\": \"string\" },", "\"name\": { \"type\": \"string\" },\n        \"description\": { \"type\": \"string\" },", StringComparison.Ordinal);
        Assert.NotEqual(SampleText, edited);

        var result = RunEdited(edited);

        // MediaEntry's own members now start one slot later; a stale file would fail the runtime's check at start-up.
        var modified = result.TrackedSteps[TrackingNames.OutputItems].SelectMany(s => s.Outputs)
            .Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((OutputItem)o.Value).HintName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["sample.Model.BaseEntry.g.cs", "sample.Model.MediaEntry.g.cs"], modified);
        var mediaEntry = result.GeneratedSources.Single(s => s.HintName == "sample.Model.MediaEntry.g.cs").SourceText.ToString();
        Assert.Contains("KalturaMemberTable.Create(global::Sample.Client.Models.BaseEntry.__members, 9,", mediaEntry, StringComparison.Ordinal);
        Assert.Contains("public int? MediaType { get => (int?)GetValue(9); set => SetValue(9, value); }", mediaEntry, StringComparison.Ordinal);
    }

    [Fact]
    public void StepOutputsHoldNoSymbolsSyntaxOrCompilations()
    {
        var compilation = GeneratorHarness.Compilation();
        var result = GeneratorHarness.Driver(new InMemoryAdditionalText(GeneratorHarness.DefaultPath, WithUndeclaredError))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var output in TrackedSteps.SelectMany(name => result.TrackedSteps[name]).SelectMany(s => s.Outputs))
        {
            AssertHoldsNoCompilerObjects(output.Value, visited, "step output");
        }

        Assert.Contains(visited, o => o is ClassModel);
        Assert.Contains(visited, o => o is SourceLocation);
    }

    /// <summary>The sample plus a warning, so that diagnostics (with locations) flow through the pipeline too.</summary>
    private static string WithUndeclaredError => SampleText.Replace("\"throws\": [\"ENTRY_ID_NOT_FOUND\"]", "\"throws\": [\"ENTRY_GONE\"]", StringComparison.Ordinal);

    private static GeneratorRunResult RunEdited(string editedText)
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new InMemoryAdditionalText(GeneratorHarness.DefaultPath, SampleText);
        var driver = GeneratorHarness.Driver(original).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(GeneratorHarness.DefaultPath, editedText));
        return driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static void AssertHoldsNoCompilerObjects(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel or AdditionalText,
            $"{path} holds a {value.GetType().Name}, which defeats caching");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObjects(item, visited, path + "[]");
            }
        }

        if (value is DiagnosticDescriptor)
        {
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), visited, path + "." + field.Name);
        }
    }
}
