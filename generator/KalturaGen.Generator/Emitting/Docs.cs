using System.Text;

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

    /// <summary>The description, or a fallback sentence when the schema gives none.</summary>
    public static string Or(string? description, string fallback) =>
        string.IsNullOrWhiteSpace(description) ? fallback : description!;
}
