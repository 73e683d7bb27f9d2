using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator;

/// <summary>How schema names are written as C# (keywords escaped); what a valid name is lives in <see cref="KalturaGen.Schema.Identifiers"/>.</summary>
internal static class Identifiers
{
    /// <summary>Writes a name so that a C# keyword stays an identifier (<c>params</c> → <c>@params</c>).</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>True when every dot-separated part of a namespace is a valid identifier and no keyword.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!Schema.Identifiers.IsValid(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
