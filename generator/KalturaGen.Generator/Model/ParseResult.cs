namespace KalturaGen.Generator.Model;

/// <summary>
/// What parsing one schema file gives: the model to generate from (null when the schema has errors) and the
/// diagnostics to report. The two travel separately down the pipeline.
/// </summary>
internal sealed record ParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
