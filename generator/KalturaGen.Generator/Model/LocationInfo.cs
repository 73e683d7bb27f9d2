using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KalturaGen.Generator.Model;

/// <summary>
/// An equatable stand-in for <see cref="Location"/>: a place in the schema file. It lives only in
/// <see cref="DiagnosticInfo"/>, never in the emit model, so moving text around does not regenerate code.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
