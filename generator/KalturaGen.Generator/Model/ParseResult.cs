using KalturaGen.Schema;

namespace KalturaGen.Generator.Model;

/// <summary>
/// What parsing one schema file gives the pipeline: the model to generate from (null when the schema has errors)
/// and the diagnostics to report. The two travel separately down the pipeline.
/// </summary>
internal sealed record ParseResult(GenerationModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>A valid schema and where its code goes (namespace and hint-name stem): everything the emitters read.</summary>
internal sealed record GenerationModel(OutputContext Context, SchemaModel Schema);
