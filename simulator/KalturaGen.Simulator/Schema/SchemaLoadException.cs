using KalturaGen.Schema;

namespace KalturaGen.Simulator.Schema;

/// <summary>A schema the simulator cannot run on: the message lists every error with its place in the file.</summary>
internal sealed class SchemaLoadException : Exception
{
    /// <summary>Creates the exception for the errors of the schema at <paramref name="path"/>.</summary>
    public SchemaLoadException(string path, IReadOnlyList<SchemaDiagnostic> errors)
        : base($"The schema {path} is not valid ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Errors = errors;
    }

    /// <summary>The errors, in the order they were found.</summary>
    public IReadOnlyList<SchemaDiagnostic> Errors { get; }
}
