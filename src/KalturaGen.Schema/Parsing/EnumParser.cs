using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>Parses an enum definition: <c>enum</c> (int) or <c>x-enumValues</c> (string) paired with <c>x-enumNames</c>.</summary>
internal sealed class EnumParser(ParseContext context)
{
    public EnumModel Parse(Definition definition)
    {
        var isString = definition.Kind == DefinitionKind.StringEnum;
        var what = $"enum '{definition.KalturaName}'";
        var values = ReadValues(definition, isString ? "x-enumValues" : "enum", isString);
        var names = ReadNames(definition);
        var members = new List<EnumMemberModel>();
        if (values is not null && names is not null)
        {
            if (values.Count != names.Count)
            {
                var namesSpan = definition.Syntax.Find("x-enumNames")!.Value.Span;
                context.Report(SchemaDiagnosticKinds.EnumNamesMismatch, namesSpan, definition.KalturaName, values.Count.ToString(), names.Count.ToString());
            }
            else
            {
                AddMembers(definition, names, values, members);
            }
        }

        var description = context.GetString(definition.Syntax, "description", what);
        return new EnumModel(definition.KalturaName, definition.Name, isString, description, members.ToEquatableArray());
    }

    /// <summary>
    /// The C# name of a member. A string enum is a struct, so a value named like one of its members (or like the
    /// enum) gets a "Value" suffix; the wire value is unchanged. Int enums are C# enums: any identifier works.
    /// </summary>
    private static string MemberName(Definition definition, string name, HashSet<string> taken)
    {
        if (definition.Kind != DefinitionKind.StringEnum)
        {
            return name;
        }

        var member = name;
        while (GeneratedMemberNames.StringEnum.Contains(member) || member == definition.Name || (member != name && taken.Contains(member)))
        {
            member += "Value";
        }

        taken.Add(member);
        return member;
    }

    private void AddMembers(Definition definition, List<JsonStringSyntax> names, List<string> values, List<EnumMemberModel> members)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!Identifiers.IsValid(name.Value))
            {
                context.Report(SchemaDiagnosticKinds.InvalidIdentifier, name.Span, name.Value, $"a member of enum '{definition.KalturaName}'");
            }
            else if (!seen.Add(name.Value))
            {
                context.Report(SchemaDiagnosticKinds.DuplicateEnumMember, name.Span, definition.KalturaName, name.Value);
            }
            else
            {
                members.Add(new EnumMemberModel(MemberName(definition, name.Value, seen), values[i]));
            }
        }
    }

    private List<string>? ReadValues(Definition definition, string key, bool isString)
    {
        if (definition.Syntax.Find(key) is not { } property)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, definition.NameSpan, $"enum '{definition.KalturaName}'", $"an '{key}' array");
            return null;
        }

        if (context.AsArray(property.Value, $"'{key}' of enum '{definition.KalturaName}'") is not { } array)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case JsonNumberSyntax { IsInteger: true } number:
                    values.Add(number.Text);
                    break;
                case JsonStringSyntax text when isString:
                    values.Add(text.Value);
                    break;
                default:
                    context.Report(
                        SchemaDiagnosticKinds.InvalidValue,
                        item.Span,
                        $"a value of enum '{definition.KalturaName}'",
                        isString ? "a string" : "an integer");
                    return null;
            }
        }

        return values;
    }

    private List<JsonStringSyntax>? ReadNames(Definition definition)
    {
        if (definition.Syntax.Find("x-enumNames") is not { } property)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, definition.NameSpan, $"enum '{definition.KalturaName}'", "an 'x-enumNames' array");
            return null;
        }

        if (context.AsArray(property.Value, $"'x-enumNames' of enum '{definition.KalturaName}'") is not { } array)
        {
            return null;
        }

        var names = new List<JsonStringSyntax>();
        foreach (var item in array.Items)
        {
            if (item is not JsonStringSyntax name)
            {
                context.Report(SchemaDiagnosticKinds.InvalidValue, item.Span, $"a name of enum '{definition.KalturaName}'", "a string");
                return null;
            }

            names.Add(name);
        }

        return names;
    }
}
