using System.Linq;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Model;

/// <summary>An equatable diagnostic waiting to be reported: descriptor (a shared singleton), place and message arguments.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArgs.Cast<object>().ToArray());
}
