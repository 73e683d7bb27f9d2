using KalturaGen.Generator.Diagnostics;
using KalturaGen.Generator.Emitting;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator;

/// <summary>
/// Turns each <c>*.kgen.json</c> AdditionalFile into a typed Kaltura SDK: enums, models, service interfaces and
/// their HttpClient implementations, the client, multirequest calls, DI registration and a JSON resolver.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KalturaGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Where(SchemaInputReader.IsSchema)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SchemaInputReader.Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.SchemaInputs);

        var results = inputs
            .Select(static (input, ct) => SchemaInputParser.Parse(input, ct))
            .WithTrackingName(TrackingNames.ParseResults);

        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // The model is the caching boundary: a whitespace edit re-parses but yields an equal model, so nothing below reruns.
        var models = results
            .Select(static (result, _) => result.Model)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.Models);

        var items = models
            .SelectMany(static (model, _) => OutputPlanner.Plan(model!))
            .WithTrackingName(TrackingNames.OutputItems);
        context.RegisterSourceOutput(items, static (spc, item) => OutputEmitter.AddSource(spc, item));
    }
}
