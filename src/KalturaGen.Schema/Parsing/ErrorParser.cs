using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>Parses the <c>errors</c> section: each code's message template and the names of its <c>@ARG@</c> placeholders.</summary>
internal static class ErrorParser
{
    public static List<ErrorModel> Parse(JsonObjectSyntax root, ParseContext context)
    {
        var errors = new List<ErrorModel>();
        if (root.Find("errors") is not { } section || context.AsObject(section.Value, "'errors'") is not { } entries)
        {
            return errors;
        }

        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entry in entries.Properties)
        {
            var what = $"error '{entry.Name}'";
            if (context.AsObject(entry.Value, what) is not { } syntax)
            {
                continue;
            }

            if (context.GetString(syntax, "message", what) is not { } message)
            {
                context.Report(SchemaDiagnosticKinds.MissingMember, entry.NameSpan, what, "a 'message'");
                continue;
            }

            // JSON readers keep the last of repeated names; so does this one.
            var error = new ErrorModel(entry.Name, message, ParseArgs(syntax, what, context).ToEquatableArray());
            if (indexes.TryGetValue(entry.Name, out var index))
            {
                errors[index] = error;
            }
            else
            {
                indexes.Add(entry.Name, errors.Count);
                errors.Add(error);
            }
        }

        return errors;
    }

    private static List<string> ParseArgs(JsonObjectSyntax syntax, string what, ParseContext context)
    {
        var args = new List<string>();
        if (syntax.Find("args") is not { } property || context.AsArray(property.Value, $"'args' of {what}") is not { } array)
        {
            return args;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonStringSyntax name)
            {
                args.Add(name.Value);
            }
            else
            {
                context.Report(SchemaDiagnosticKinds.InvalidValue, item.Span, $"an item of 'args' of {what}", "a string (a placeholder name)");
            }
        }

        return args;
    }
}
