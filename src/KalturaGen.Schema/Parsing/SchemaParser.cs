using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// Turns schema text into a <see cref="SchemaModel"/> and diagnostics: the one reader and the one validation of
/// <c>*.kgen.json</c>. Never throws for a bad schema.
/// </summary>
public static class SchemaParser
{
    /// <summary>The suffix that marks a schema file.</summary>
    public const string FileSuffix = ".kgen.json";

    /// <summary>
    /// Reads and validates the schema <paramref name="text"/>; <paramref name="path"/> is where diagnostics say it
    /// is. The model is null when the schema has errors.
    /// </summary>
    public static SchemaParseResult Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        var lines = new LineMap(text);
        var context = new ParseContext(path, lines);
        try
        {
            var model = ParseDocument(lines, context, cancellationToken);
            return new SchemaParseResult(context.HasErrors ? null : model, context.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Last resort: a reader bug must surface as a diagnostic, never as a crash.
            context.Report(SchemaDiagnosticKinds.InternalError, new SourceSpan(0, 0), exception.GetType().Name + ": " + exception.Message);
            return new SchemaParseResult(null, context.Diagnostics);
        }
    }

    private static SchemaModel? ParseDocument(LineMap source, ParseContext context, CancellationToken cancellationToken)
    {
        var document = JsonSyntaxReader.Read(source, out var error);
        if (error is { } invalid)
        {
            context.Report(SchemaDiagnosticKinds.InvalidJson, invalid.Span, invalid.Message);
            return null;
        }

        if (context.AsObject(document!, "the schema root") is not { } root)
        {
            return null;
        }

        var info = root.Find("info")?.Value as JsonObjectSyntax;
        var apiVersion = info is null ? string.Empty : context.GetString(info, "apiVersion", "'info'") ?? string.Empty;
        var errors = ErrorParser.Parse(root, context);
        var definitions = RegisterDefinitions(root, context);
        cancellationToken.ThrowIfCancellationRequested();

        var types = new TypeReferenceParser(context, definitions);
        var enumParser = new EnumParser(context);
        var classParser = new ClassParser(context, types);
        var enums = definitions.All.Where(d => d.Kind != DefinitionKind.Class).Select(enumParser.Parse).ToList();
        var classes = definitions.All.Where(d => d.Kind == DefinitionKind.Class).Select(classParser.Parse).ToList();
        HierarchyChecker.Check(classes, context);
        cancellationToken.ThrowIfCancellationRequested();

        var messages = errors.ToDictionary(e => e.Code, e => e.Message, StringComparer.Ordinal);
        var services = root.Find("services") is { } servicesSyntax && context.AsObject(servicesSyntax.Value, "'services'") is { } servicesObject
            ? new ServiceParser(context, types, messages, enums.ToDictionary(e => e.Name, StringComparer.Ordinal)).Parse(servicesObject)
            : [];
        var paging = new ListPagingParser(classes.Select(c => c.Model), enums);
        return new SchemaModel(
            apiVersion,
            enums.ToEquatableArray(),
            classes.Select(c => c.Model).ToEquatableArray(),
            services.Select(paging.Annotate).ToEquatableArray(),
            errors.ToEquatableArray());
    }

    private static DefinitionTable RegisterDefinitions(JsonObjectSyntax root, ParseContext context)
    {
        var table = new DefinitionTable();
        if (root.Find("definitions") is not { } section || context.AsObject(section.Value, "'definitions'") is not { } definitions)
        {
            return table;
        }

        foreach (var entry in definitions.Properties)
        {
            var what = $"definition '{entry.Name}'";
            if (context.AsObject(entry.Value, what) is not { } syntax)
            {
                continue;
            }

            var name = Identifiers.TypeName(entry.Name);
            if (!Identifiers.IsValid(name))
            {
                context.Report(SchemaDiagnosticKinds.InvalidIdentifier, entry.NameSpan, entry.Name, "a type");
                continue;
            }

            if (KindOf(entry, syntax, context) is not { } kind)
            {
                continue;
            }

            name = Identifiers.TypeNameBesides(name, kind switch
            {
                DefinitionKind.StringEnum => GeneratedMemberNames.StringEnum,
                DefinitionKind.IntEnum => [],
                _ => GeneratedMemberNames.ModelType,
            });

            if (table.TryAdd(new Definition(entry.Name, name, kind, syntax, entry.NameSpan)) is { } existing)
            {
                context.Report(SchemaDiagnosticKinds.DuplicateTypeName, entry.NameSpan, entry.Name, name, existing.KalturaName);
            }
        }

        return table;
    }

    private static DefinitionKind? KindOf(JsonPropertySyntax entry, JsonObjectSyntax syntax, ParseContext context)
    {
        if (syntax.Find("x-enumType") is { } enumType)
        {
            switch ((enumType.Value as JsonStringSyntax)?.Value)
            {
                case "int":
                    return DefinitionKind.IntEnum;
                case "string":
                    return DefinitionKind.StringEnum;
                default:
                    var shown = enumType.Value is JsonStringSyntax text ? text.Value : enumType.Value.KindName;
                    context.Report(SchemaDiagnosticKinds.UnknownEnumKind, enumType.Value.Span, entry.Name, shown);
                    return null;
            }
        }

        if (syntax.Find("type")?.Value is JsonStringSyntax { Value: "object" })
        {
            return DefinitionKind.Class;
        }

        context.Report(
            SchemaDiagnosticKinds.MissingMember,
            entry.NameSpan,
            $"definition '{entry.Name}'",
            "'x-enumType' (an enum) or \"type\": \"object\" (a class)");
        return null;
    }
}
