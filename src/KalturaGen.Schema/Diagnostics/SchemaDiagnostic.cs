using System.Globalization;
using System.Linq;

namespace KalturaGen.Schema;

/// <summary>One problem found in a schema: its kind, where it is and the arguments of its message.</summary>
public sealed record SchemaDiagnostic(SchemaDiagnosticKind Kind, SourceLocation Location, EquatableArray<string> MessageArgs)
{
    /// <summary>The id, e.g. <c>KGEN002</c>.</summary>
    public string Id => Kind.Id;

    /// <summary>True when the problem rejects the schema.</summary>
    public bool IsError => Kind.IsError;

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Kind.MessageFormat, MessageArgs.Cast<object>().ToArray());

    /// <summary>The diagnostic as a compiler prints it: <c>path(line,column): error KGEN002: message</c>.</summary>
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
