using System.Diagnostics.CodeAnalysis;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Upload;

/// <summary>
/// The values of the generated <see cref="EntryType"/> an upload can create (<see cref="EntryType.MEDIA_CLIP"/>,
/// <see cref="EntryType.DOCUMENT"/>, <see cref="EntryType.DATA"/>), and how configuration, checkpoints and the command
/// line name them: the schema name (<c>MEDIA_CLIP</c>), the wire value (<c>1</c>) or the short word (<c>media</c>,
/// <c>document</c>, <c>data</c>, which earlier checkpoints stored as <c>Media</c>, <c>Document</c>, <c>Data</c>).
/// </summary>
public static class UploadEntryTypes
{
    /// <summary>The entry types an upload can create, in the order media, document, data.</summary>
    public static IReadOnlyList<EntryType> Supported { get; } = [EntryType.MEDIA_CLIP, EntryType.DOCUMENT, EntryType.DATA];

    /// <summary>The accepted names, for messages and help: <c>MEDIA_CLIP (media), DOCUMENT (document), DATA (data)</c>.</summary>
    public static string Description { get; } = string.Join(", ", Supported.Select(type => $"{type.Name} ({ShortName(type)})"));

    /// <summary>Whether an upload can create an entry of <paramref name="type"/>.</summary>
    public static bool IsSupported(EntryType type) => Supported.Contains(type);

    /// <summary>
    /// Reads <paramref name="text"/> as one of the <see cref="Supported"/> types: its schema name or wire value, or the
    /// short word (case-insensitive).
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EntryType type)
    {
        var trimmed = text?.Trim();
        foreach (var candidate in Supported)
        {
            if (string.Equals(trimmed, candidate.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, candidate.Value, StringComparison.Ordinal)
                || string.Equals(trimmed, ShortName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>The short word of a supported type: <c>media</c>, <c>document</c> or <c>data</c>; else its name.</summary>
    public static string ShortName(EntryType type) =>
        type == EntryType.MEDIA_CLIP ? "media" : type == EntryType.DOCUMENT ? "document" : type == EntryType.DATA ? "data" : type.Name;

    /// <summary>The type an entry was created as, by its model (<see cref="MediaEntry"/>, <see cref="DocumentEntry"/>, else data).</summary>
    public static EntryType CreatedAs(this BaseEntry entry) => entry switch
    {
        MediaEntry => EntryType.MEDIA_CLIP,
        DocumentEntry => EntryType.DOCUMENT,
        _ => EntryType.DATA,
    };

    /// <summary>An entry known only by its id and the type it was created as, to read it again (baseEntry.get).</summary>
    internal static BaseEntry Known(string id, EntryType type) =>
        type == EntryType.MEDIA_CLIP ? new MediaEntry { Id = id }
        : type == EntryType.DOCUMENT ? new DocumentEntry { Id = id }
        : new DataEntry { Id = id };

    /// <summary>Throws when an upload cannot create <paramref name="type"/>.</summary>
    internal static void EnsureSupported(EntryType type, string parameterName)
    {
        if (!IsSupported(type))
        {
            throw new ArgumentException(
                $"An upload cannot create an entry of type '{type.Name}'; it creates {Description}.", parameterName);
        }
    }
}
