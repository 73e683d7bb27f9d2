using System.Collections.Generic;
using System.Globalization;

namespace KalturaGen.Schema;

/// <summary>The naming rules of the .NET names a schema gives (type, member and parameter names).</summary>
public static class Identifiers
{
    private const string KalturaPrefix = "Kaltura";

    /// <summary>The C# type name of a definition: the Kaltura prefix stripped (<c>KalturaMediaEntry</c> → <c>MediaEntry</c>).</summary>
    public static string TypeName(string kalturaName) =>
        kalturaName.StartsWith(KalturaPrefix, System.StringComparison.Ordinal) && kalturaName.Length > KalturaPrefix.Length
            ? kalturaName.Substring(KalturaPrefix.Length)
            : kalturaName;

    /// <summary>
    /// A type name that is not also the name of a member the generated type declares (C# forbids a member named like
    /// its type): a class named <c>ObjectType</c> or a string enum named <c>Equals</c> gets a <c>Type</c> suffix.
    /// </summary>
    internal static string TypeNameBesides(string name, HashSet<string> ownMembers)
    {
        while (ownMembers.Contains(name))
        {
            name += "Type";
        }

        return name;
    }

    /// <summary>
    /// Upper-cases the first letter, after any leading underscores (<c>uploadToken</c> → <c>UploadToken</c>,
    /// <c>__page</c> → <c>__Page</c>). Every C# keyword is lower-case, so the result is never one: not even
    /// <c>__arglist</c>, <c>__makeref</c>, <c>__reftype</c> or <c>__refvalue</c>, which start with underscores.
    /// </summary>
    public static string Pascal(string name)
    {
        var first = 0;
        while (first < name.Length && name[first] == '_')
        {
            first++;
        }

        return first == name.Length ? name : name.Substring(0, first) + char.ToUpperInvariant(name[first]) + name.Substring(first + 1);
    }

    /// <summary>
    /// True when <paramref name="name"/> is lexically a C# identifier (keywords are allowed: emitted code escapes
    /// them with an @): a letter or '_', then letters, digits, connectors, combining marks and format chars.
    /// </summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !(name[0] == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(name[0]))))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsPart(CharUnicodeInfo.GetUnicodeCategory(name[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsPart(UnicodeCategory category) => IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.Format;
}
