using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using KalturaGen.Generator.Diagnostics;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace KalturaGen.Generator.Parsing;

/// <summary>Turns schema text into a <see cref="SchemaModel"/> and diagnostics. Never throws for a bad schema.</summary>
internal static class SchemaParser
{
    /// <summary>The suffix that marks a schema among a project's AdditionalFiles.</summary>
    public const string FileSuffix = ".kgen.json";

    public static ParseResult Parse(SchemaInput input, CancellationToken cancellationToken)
    {
        var source = SourceText.From(input.Text);
        var context = new ParseContext(input.Path, source);
        try
        {
            var model = ParseDocument(input, source, context, cancellationToken);
            return new ParseResult(context.HasErrors ? null : model, context.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Last resort: a generator bug must surface as a diagnostic, never as a crashed build.
            context.Report(DiagnosticDescriptors.InternalError, new TextSpan(0, 0), exception.GetType().Name + ": " + exception.Message);
            return new ParseResult(null, context.Diagnostics);
        }
    }

    /// <summary>The file name without <see cref="FileSuffix"/>, used in hint names (characters a hint name cannot hold become '_').</summary>
    public static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        var stem = name.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - FileSuffix.Length) : name;
        return new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
    }

    private static SchemaModel? ParseDocument(SchemaInput input, SourceText source, ParseContext context, CancellationToken cancellationToken)
    {
        var document = JsonSyntaxReader.Read(source, out var error);
        if (error is { } invalid)
        {
            context.Report(DiagnosticDescriptors.InvalidJson, invalid.Span, invalid.Message);
            return null;
        }

        if (context.AsObject(document!, "the schema root") is not { } root)
        {
            return null;
        }

        if (!Identifiers.IsValidNamespace(input.Namespace))
        {
            context.Report(DiagnosticDescriptors.InvalidIdentifier, new TextSpan(0, 0), input.Namespace, "the generated namespace");
        }

        var info = root.Find("info")?.Value as JsonObjectSyntax;
        var apiVersion = info is null ? string.Empty : context.GetString(info, "apiVersion", "'info'") ?? string.Empty;
        var errors = ParseErrors(root, context);
        var definitions = RegisterDefinitions(root, context);
        cancellationToken.ThrowIfCancellationRequested();

        var types = new TypeReferenceParser(context, definitions);
        var enumParser = new EnumParser(context);
        var classParser = new ClassParser(context, types);
        var enums = definitions.All.Where(d => d.Kind != DefinitionKind.Class).Select(enumParser.Parse).ToList();
        var classes = definitions.All.Where(d => d.Kind == DefinitionKind.Class).Select(classParser.Parse).ToList();
        HierarchyChecker.Check(classes, context);
        cancellationToken.ThrowIfCancellationRequested();

        var services = root.Find("services") is { } servicesSyntax && context.AsObject(servicesSyntax.Value, "'services'") is { } servicesObject
            ? new ServiceParser(context, types, errors, enums.ToDictionary(e => e.Name, StringComparer.Ordinal)).Parse(servicesObject)
            : [];
        var paging = new ListPagingParser(classes.Select(c => c.Model), enums);
        return new SchemaModel(
            input.Namespace,
            StemOf(input.Path),
            apiVersion,
            enums.ToEquatableArray(),
            classes.Select(c => c.Model).ToEquatableArray(),
            services.Select(paging.Annotate).ToEquatableArray());
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
                context.Report(DiagnosticDescriptors.InvalidIdentifier, entry.NameSpan, entry.Name, "a type");
                continue;
            }

            if (KindOf(entry, syntax, context) is not { } kind)
            {
                continue;
            }

            if (table.TryAdd(new Definition(entry.Name, name, kind, syntax, entry.NameSpan)) is { } existing)
            {
                context.Report(DiagnosticDescriptors.DuplicateTypeName, entry.NameSpan, entry.Name, name, existing.KalturaName);
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
                    context.Report(DiagnosticDescriptors.UnknownEnumKind, enumType.Value.Span, entry.Name, shown);
                    return null;
            }
        }

        if (syntax.Find("type")?.Value is JsonStringSyntax { Value: "object" })
        {
            return DefinitionKind.Class;
        }

        context.Report(
            DiagnosticDescriptors.MissingMember,
            entry.NameSpan,
            $"definition '{entry.Name}'",
            "'x-enumType' (an enum) or \"type\": \"object\" (a class)");
        return null;
    }

    private static Dictionary<string, string> ParseErrors(JsonObjectSyntax root, ParseContext context)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Find("errors") is not { } section || context.AsObject(section.Value, "'errors'") is not { } entries)
        {
            return errors;
        }

        foreach (var entry in entries.Properties)
        {
            var what = $"error '{entry.Name}'";
            if (context.AsObject(entry.Value, what) is not { } syntax)
            {
                continue;
            }

            if (context.GetString(syntax, "message", what) is not { } message)
            {
                context.Report(DiagnosticDescriptors.MissingMember, entry.NameSpan, what, "a 'message'");
                continue;
            }

            errors[entry.Name] = message;
        }

        return errors;
    }
}
