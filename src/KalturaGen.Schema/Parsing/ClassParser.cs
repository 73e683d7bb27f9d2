using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>A parsed class plus the spans the hierarchy checks report at.</summary>
internal sealed record ClassDraft(ClassModel Model, SourceSpan BaseSpan, IReadOnlyDictionary<string, SourceSpan> PropertySpans);

/// <summary>Parses a class definition: base class (<c>allOf</c>), own properties and flags.</summary>
internal sealed class ClassParser(ParseContext context, TypeReferenceParser types)
{
    public ClassDraft Parse(Definition definition)
    {
        var what = $"class '{definition.KalturaName}'";
        var (baseName, baseSpan) = ParseBase(definition);
        var properties = new List<PropertyModel>();
        var spans = new Dictionary<string, SourceSpan>(System.StringComparer.Ordinal);
        var wireNames = new HashSet<string>(System.StringComparer.Ordinal);
        if (definition.Syntax.Find("properties") is { } propertiesSyntax
            && context.AsObject(propertiesSyntax.Value, $"'properties' of class '{definition.KalturaName}'") is { } members)
        {
            foreach (var member in members.Properties)
            {
                if (ParseProperty(definition, member, spans, wireNames) is { } property)
                {
                    properties.Add(property);
                }
            }
        }

        var model = new ClassModel(
            definition.KalturaName,
            definition.Name,
            baseName,
            context.GetString(definition.Syntax, "description", what),
            context.GetBoolean(definition.Syntax, "x-abstract", what),
            properties.ToEquatableArray(),
            ParseRaw(definition, baseName, properties.Count));
        return new ClassDraft(model, baseSpan, spans);
    }

    /// <summary>
    /// <c>x-rawObject</c>: a class known only by name keeps its members as raw JSON, so it can have neither a base
    /// nor properties of its own.
    /// </summary>
    private bool ParseRaw(Definition definition, string? baseName, int propertyCount)
    {
        var what = $"class '{definition.KalturaName}'";
        if (!context.GetBoolean(definition.Syntax, "x-rawObject", what))
        {
            return false;
        }

        if (baseName is null && propertyCount == 0)
        {
            return true;
        }

        context.Report(
            SchemaDiagnosticKinds.InvalidValue,
            definition.Syntax.Find("x-rawObject")!.Value.Span,
            $"'x-rawObject' of {what}",
            "used only on a class without 'allOf' and without properties");
        return false;
    }

    private (string? Name, SourceSpan Span) ParseBase(Definition definition)
    {
        if (definition.Syntax.Find("allOf") is not { } allOf)
        {
            return (null, default);
        }

        if (allOf.Value is not JsonArraySyntax { Items.Count: 1 } array
            || array.Items[0] is not JsonObjectSyntax item
            || item.Find("$ref") is not { Value: JsonStringSyntax reference })
        {
            context.Report(
                SchemaDiagnosticKinds.InvalidValue,
                allOf.Value.Span,
                $"'allOf' of class '{definition.KalturaName}'",
                "an array holding one {\"$ref\": ...} naming the base class");
            return (null, default);
        }

        if (types.Parse(item, allOf.NameSpan, $"the base of class '{definition.KalturaName}'", allowFile: false) is not { } type)
        {
            return (null, reference.Span);
        }

        if (type.Kind != TypeKind.Object)
        {
            context.Report(SchemaDiagnosticKinds.InvalidBaseClass, reference.Span, definition.KalturaName, reference.Value);
            return (null, reference.Span);
        }

        return (type.TypeName, reference.Span);
    }

    private PropertyModel? ParseProperty(Definition definition, JsonPropertySyntax member, Dictionary<string, SourceSpan> spans, HashSet<string> wireNames)
    {
        // objectType is the discriminator every object carries; the runtime base owns it.
        if (member.Name == "objectType")
        {
            return null;
        }

        var what = $"property '{member.Name}' of class '{definition.KalturaName}'";
        var name = Identifiers.Pascal(member.Name);
        if (!Identifiers.IsValid(member.Name))
        {
            context.Report(SchemaDiagnosticKinds.InvalidIdentifier, member.NameSpan, member.Name, $"a property of class '{definition.KalturaName}'");
            return null;
        }

        if (!wireNames.Add(member.Name))
        {
            context.Report(SchemaDiagnosticKinds.DuplicateProperty, member.NameSpan, member.Name, definition.KalturaName, definition.KalturaName);
            return null;
        }

        // A C# member cannot share its class's name, a member the runtime base class has, or another property's
        // C# name (real schemas have "equals", and names differing only in case): such a property gets a "Value"
        // suffix; its wire name is unchanged.
        while (name == definition.Name || GeneratedMemberNames.ModelProperty.Contains(name) || spans.ContainsKey(name))
        {
            name += "Value";
        }

        spans.Add(name, member.NameSpan);
        if (context.AsObject(member.Value, what) is not { } syntax
            || types.Parse(syntax, member.NameSpan, what, allowFile: false) is not { } type)
        {
            return null;
        }

        return new PropertyModel(
            member.Name,
            name,
            type,
            context.GetString(syntax, "description", what),
            context.GetBoolean(syntax, "readOnly", what),
            context.GetBoolean(syntax, "x-insertOnly", what),
            context.GetBoolean(syntax, "x-writeOnly", what));
    }
}
