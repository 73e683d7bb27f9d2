using System.Text;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>Turns schema descriptions into XML documentation text.</summary>
internal static class Docs
{
    /// <summary>Escapes XML special characters; keeps line breaks (normalized to <c>\n</c>).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Replace("\r\n", "\n"))
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The doc text of a parameter: its description, and whether (with which server default) it is optional.</summary>
    public static string Param(ParamModel parameter)
    {
        var description = Or(parameter.Description, $"The {parameter.WireName} parameter.");
        var optional = parameter.IsOptional && parameter.Default is { Kind: not DefaultKind.Null } value
            ? $" Optional; the server's default is <c>{Escape(value.Text)}</c>."
            : parameter.IsOptional ? " Optional." : string.Empty;
        return Escape(description) + optional;
    }

    /// <summary>The description, or a fallback sentence when the schema gives none.</summary>
    public static string Or(string? description, string fallback) =>
        string.IsNullOrWhiteSpace(description) ? fallback : description!;
}
