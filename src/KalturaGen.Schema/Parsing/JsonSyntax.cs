using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>
/// A JSON value that remembers where it stands in the schema text, so diagnostics can point at it.
/// Lives only inside the parse step; the model never holds it.
/// </summary>
internal abstract class JsonSyntax
{
    protected JsonSyntax(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>What kind of JSON value this is, as a diagnostic would say it.</summary>
    public abstract string KindName { get; }
}

/// <summary>A JSON object; properties keep their document order and duplicates.</summary>
internal sealed class JsonObjectSyntax(SourceSpan span, IReadOnlyList<JsonPropertySyntax> properties) : JsonSyntax(span)
{
    public IReadOnlyList<JsonPropertySyntax> Properties { get; } = properties;

    public override string KindName => "an object";

    /// <summary>The first property with this name, or null.</summary>
    public JsonPropertySyntax? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>A JSON object member: name (with its own span) and value.</summary>
internal sealed class JsonPropertySyntax(string name, SourceSpan nameSpan, JsonSyntax value)
{
    public string Name { get; } = name;

    public SourceSpan NameSpan { get; } = nameSpan;

    public JsonSyntax Value { get; } = value;
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArraySyntax(SourceSpan span, IReadOnlyList<JsonSyntax> items) : JsonSyntax(span)
{
    public IReadOnlyList<JsonSyntax> Items { get; } = items;

    public override string KindName => "an array";
}

/// <summary>A JSON string (unescaped).</summary>
internal sealed class JsonStringSyntax(SourceSpan span, string value) : JsonSyntax(span)
{
    public string Value { get; } = value;

    public override string KindName => "a string";
}

/// <summary>A JSON number, kept as its JSON text so that no precision is lost.</summary>
internal sealed class JsonNumberSyntax(SourceSpan span, string text, bool isInteger) : JsonSyntax(span)
{
    public string Text { get; } = text;

    public bool IsInteger { get; } = isInteger;

    public override string KindName => "a number";
}

/// <summary>A JSON <c>true</c>, <c>false</c> or <c>null</c>; <see cref="Value"/> is null for <c>null</c>.</summary>
internal sealed class JsonLiteralSyntax(SourceSpan span, bool? value) : JsonSyntax(span)
{
    public bool? Value { get; } = value;

    public override string KindName => Value is null ? "null" : "a boolean";
}
