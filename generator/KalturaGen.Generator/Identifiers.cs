using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator;

/// <summary>C# naming rules shared by parsing (what is valid) and emitting (how it is written).</summary>
internal static class Identifiers
{
    private const string KalturaPrefix = "Kaltura";

    /// <summary>The C# type name of a definition: the Kaltura prefix stripped (<c>KalturaMediaEntry</c> → <c>MediaEntry</c>).</summary>
    public static string TypeName(string kalturaName) =>
        kalturaName.StartsWith(KalturaPrefix, System.StringComparison.Ordinal) && kalturaName.Length > KalturaPrefix.Length
            ? kalturaName.Substring(KalturaPrefix.Length)
            : kalturaName;

    /// <summary>Upper-cases the first letter (<c>uploadToken</c> → <c>UploadToken</c>).</summary>
    public static string Pascal(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>True when <paramref name="name"/> is lexically a C# identifier (keywords are allowed: they get an @).</summary>
    public static bool IsValid(string name) => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name);

    /// <summary>Writes a name so that a C# keyword stays an identifier (<c>params</c> → <c>@params</c>).</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>True when every dot-separated part of a namespace is a valid identifier.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
