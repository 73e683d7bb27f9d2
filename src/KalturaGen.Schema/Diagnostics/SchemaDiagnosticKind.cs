namespace KalturaGen.Schema;

/// <summary>
/// A kind of schema problem: stable id (<c>KGEN001</c>...), title, message format (<c>{0}</c>-style arguments)
/// and whether it rejects the schema.
/// </summary>
public sealed record SchemaDiagnosticKind(string Id, string Title, string MessageFormat, bool IsError);
