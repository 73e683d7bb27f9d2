using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>The kinds of schema definition.</summary>
internal enum DefinitionKind
{
    IntEnum,
    StringEnum,
    Class,
}

/// <summary>One registered definition: its kind, C# name and syntax, before its body is parsed.</summary>
internal sealed record Definition(string KalturaName, string Name, DefinitionKind Kind, JsonObjectSyntax Syntax, SourceSpan NameSpan);

/// <summary>The definitions of a schema by Kaltura name: what type references resolve against.</summary>
internal sealed class DefinitionTable
{
    private readonly Dictionary<string, Definition> _byKalturaName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, Definition> _byName = new(System.StringComparer.Ordinal);
    private readonly List<Definition> _ordered = [];

    public IReadOnlyList<Definition> All => _ordered;

    /// <summary>Adds a definition, or returns the one that already owns its Kaltura or C# name.</summary>
    public Definition? TryAdd(Definition definition)
    {
        if (_byKalturaName.TryGetValue(definition.KalturaName, out var existing) || _byName.TryGetValue(definition.Name, out existing))
        {
            return existing;
        }

        _byKalturaName.Add(definition.KalturaName, definition);
        _byName.Add(definition.Name, definition);
        _ordered.Add(definition);
        return null;
    }

    public Definition? Find(string kalturaName) => _byKalturaName.TryGetValue(kalturaName, out var found) ? found : null;

    /// <summary>The type reference a definition stands for.</summary>
    public static TypeRefModel TypeOf(Definition definition) => definition.Kind switch
    {
        DefinitionKind.IntEnum => new TypeRefModel(TypeKind.IntEnum, definition.Name),
        DefinitionKind.StringEnum => new TypeRefModel(TypeKind.StringEnum, definition.Name),
        _ => new TypeRefModel(TypeKind.Object, definition.Name),
    };
}
