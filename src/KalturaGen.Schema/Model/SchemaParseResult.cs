namespace KalturaGen.Schema;

/// <summary>
/// What reading one schema file gives: the model (null when the schema has errors) and every diagnostic, errors
/// and warnings, in the order they were found.
/// </summary>
public sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics);
