using System.Linq;
using KalturaGen.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KalturaGen.Generator.Diagnostics;

/// <summary>Turns the schema reader's diagnostics into the compiler's, at the same place in the schema file.</summary>
internal static class DiagnosticConversion
{
    public static Diagnostic ToDiagnostic(this SchemaDiagnostic diagnostic) =>
        Diagnostic.Create(DiagnosticDescriptors.For(diagnostic.Kind), diagnostic.Location.ToLocation(), diagnostic.MessageArgs.Cast<object>().ToArray());

    public static Location ToLocation(this SourceLocation location) => Location.Create(
        location.FilePath,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(
            new LinePosition(location.StartLine, location.StartColumn),
            new LinePosition(location.EndLine, location.EndColumn)));
}
