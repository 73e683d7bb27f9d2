namespace KalturaGen.Schema.Parsing;

/// <summary>Resolves a type reference (<c>$ref</c>, <c>type</c>, <c>format</c>, <c>items</c>, <c>additionalProperties</c>).</summary>
internal sealed class TypeReferenceParser(ParseContext context, DefinitionTable definitions)
{
    private const string DefinitionsPrefix = "#/definitions/";

    /// <summary>
    /// Parses the type of <paramref name="owner"/>; <paramref name="ownerSpan"/> is where a missing type is
    /// reported. Returns null after reporting a diagnostic.
    /// </summary>
    public TypeRefModel? Parse(JsonObjectSyntax owner, SourceSpan ownerSpan, string what, bool allowFile)
    {
        if (owner.Find("$ref") is { } reference)
        {
            return ParseReference(reference.Value);
        }

        if (owner.Find("type") is not { } typeProperty)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, ownerSpan, what, "a '$ref' or a 'type'");
            return null;
        }

        if (typeProperty.Value is not JsonStringSyntax type)
        {
            context.Report(SchemaDiagnosticKinds.InvalidValue, typeProperty.Value.Span, $"'type' of {what}", "a string");
            return null;
        }

        switch (type.Value)
        {
            case "string":
                return new TypeRefModel(TypeKind.String);
            case "number":
                return new TypeRefModel(TypeKind.Double);
            case "boolean":
                return new TypeRefModel(TypeKind.Boolean);
            case "integer":
                return ParseInteger(owner, what);
            case "array":
                return ParseContainer(owner, ownerSpan, what, TypeKind.Array, "items");
            case "object":
                return ParseContainer(owner, ownerSpan, what, TypeKind.Map, "additionalProperties");
            case "file" when allowFile:
                return new TypeRefModel(TypeKind.File);
            case "file":
                context.Report(SchemaDiagnosticKinds.UnsupportedType, type.Span, "file", $"{what} is not an action parameter or result");
                return null;
            default:
                context.Report(
                    SchemaDiagnosticKinds.UnsupportedType,
                    type.Span,
                    type.Value,
                    "expected string, integer, number, boolean, array, object or file");
                return null;
        }
    }

    private TypeRefModel? ParseReference(JsonSyntax value)
    {
        if (value is not JsonStringSyntax reference)
        {
            context.Report(SchemaDiagnosticKinds.InvalidValue, value.Span, "'$ref'", "a string");
            return null;
        }

        var found = reference.Value.StartsWith(DefinitionsPrefix, System.StringComparison.Ordinal)
            ? definitions.Find(reference.Value.Substring(DefinitionsPrefix.Length))
            : null;
        if (found is null)
        {
            context.Report(SchemaDiagnosticKinds.UnknownTypeReference, reference.Span, reference.Value);
            return null;
        }

        return DefinitionTable.TypeOf(found);
    }

    private TypeRefModel? ParseInteger(JsonObjectSyntax owner, string what)
    {
        var format = owner.Find("format");
        if (format is null)
        {
            return new TypeRefModel(TypeKind.Int32);
        }

        switch ((format.Value as JsonStringSyntax)?.Value)
        {
            case "int32":
                return new TypeRefModel(TypeKind.Int32);
            case "int64":
                return new TypeRefModel(TypeKind.Int64);
            case "unix-time":
                return new TypeRefModel(TypeKind.Int32, IsUnixTime: true);
            default:
                context.Report(SchemaDiagnosticKinds.InvalidValue, format.Value.Span, $"'format' of {what}", "'int64' or 'unix-time'");
                return null;
        }
    }

    private TypeRefModel? ParseContainer(JsonObjectSyntax owner, SourceSpan ownerSpan, string what, TypeKind kind, string elementKey)
    {
        if (owner.Find(elementKey) is not { } element)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, ownerSpan, what, $"'{elementKey}' (the element type)");
            return null;
        }

        if (context.AsObject(element.Value, $"'{elementKey}' of {what}") is not { } elementObject)
        {
            return null;
        }

        var elementType = Parse(elementObject, element.NameSpan, $"the element type of {what}", allowFile: false);
        return elementType is null ? null : new TypeRefModel(kind, Element: elementType);
    }
}
