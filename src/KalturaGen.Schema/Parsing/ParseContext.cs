using System.Collections.Generic;
using System.Linq;

namespace KalturaGen.Schema.Parsing;

/// <summary>Collects the diagnostics of one parse, located in the schema file.</summary>
internal sealed class ParseContext(string filePath, LineMap lines)
{
    private readonly List<SchemaDiagnostic> _diagnostics = [];

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public EquatableArray<SchemaDiagnostic> Diagnostics => _diagnostics.ToEquatableArray();

    public void Report(SchemaDiagnosticKind kind, SourceSpan span, params string[] args)
    {
        // Parsers describe things in lower case ("parameter 'x' of action 'y'"); a message that starts with one capitalizes it.
        if (args.Length > 0 && args[0].Length > 0 && kind.MessageFormat.StartsWith("{0}", System.StringComparison.Ordinal))
        {
            args[0] = char.ToUpperInvariant(args[0][0]) + args[0].Substring(1);
        }

        _diagnostics.Add(new SchemaDiagnostic(kind, Locate(span), args.ToEquatableArray()));
    }

    public SourceLocation Locate(SourceSpan span) => lines.Locate(filePath, span);

    /// <summary>Returns the value of <paramref name="name"/> when it is a string; reports a wrong kind.</summary>
    public string? GetString(JsonObjectSyntax owner, string name, string what)
    {
        var property = owner.Find(name);
        if (property is null || property.Value is JsonLiteralSyntax { Value: null })
        {
            return null;
        }

        if (property.Value is JsonStringSyntax text)
        {
            return text.Value;
        }

        Report(SchemaDiagnosticKinds.InvalidValue, property.Value.Span, $"'{name}' of {what}", "a string");
        return null;
    }

    /// <summary>Returns the value of <paramref name="name"/> when it is a boolean (absent means false).</summary>
    public bool GetBoolean(JsonObjectSyntax owner, string name, string what)
    {
        var property = owner.Find(name);
        if (property is null)
        {
            return false;
        }

        if (property.Value is JsonLiteralSyntax { Value: bool value })
        {
            return value;
        }

        Report(SchemaDiagnosticKinds.InvalidValue, property.Value.Span, $"'{name}' of {what}", "true or false");
        return false;
    }

    /// <summary>Returns the value as an object, or reports what it should have been.</summary>
    public JsonObjectSyntax? AsObject(JsonSyntax value, string what)
    {
        if (value is JsonObjectSyntax obj)
        {
            return obj;
        }

        Report(SchemaDiagnosticKinds.InvalidValue, value.Span, what, "a JSON object");
        return null;
    }

    /// <summary>Returns the value as an array, or reports what it should have been.</summary>
    public JsonArraySyntax? AsArray(JsonSyntax value, string what)
    {
        if (value is JsonArraySyntax array)
        {
            return array;
        }

        Report(SchemaDiagnosticKinds.InvalidValue, value.Span, what, "a JSON array");
        return null;
    }
}
