using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;

namespace KalturaGen.Schema.Import;

/// <summary>Reads KalturaClient.xml (the format written by Kaltura's XmlClientGenerator) into a <see cref="KalturaXmlModel"/>.</summary>
internal static class KalturaXmlReader
{
    /// <summary>Parses the XML; a file that is not a Kaltura schema gives a <see cref="SchemaImportException"/>.</summary>
    public static async Task<KalturaXmlModel> ReadAsync(Stream xml, CancellationToken cancellationToken = default)
    {
        XDocument doc;
        try
        {
            doc = await XDocument.LoadAsync(xml, LoadOptions.SetLineInfo, cancellationToken);
        }
        catch (XmlException e)
        {
            throw new SchemaImportException($"The file is not well-formed XML: {e.Message}", e);
        }

        var root = doc.Root;
        if (root is null || root.Name != "xml" || root.Element("classes") is null || root.Element("services") is null)
        {
            throw new SchemaImportException("The file is not a Kaltura schema: expected <xml> with <enums>, <classes> and <services>.");
        }

        var errors = root.Element("errors");
        var warnings = new List<ImportWarning>();
        return new KalturaXmlModel(
            (string?)root.Attribute("apiVersion") ?? "0",
            ByName(root.Element("enums")?.Elements("enum").Select(ReadEnum), e => e.Name),
            ByName(root.Element("classes")!.Elements("class").Select(ReadClass), c => c.Name),
            root.Element("services")!.Elements("service").Select(s => ReadService(s, warnings)).ToList(),
            ByName(errors?.Elements("error").Select(ReadError), e => e.Code))
        {
            HasErrorSection = errors is not null,
            Warnings = warnings,
        };
    }

    private static Dictionary<string, T> ByName<T>(IEnumerable<T>? items, Func<T, string> key)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            // Later duplicates are ignored: the first declaration is the one clients were generated from.
            result.TryAdd(key(item), item);
        }

        return result;
    }

    private static XmlEnum ReadEnum(XElement e) => new(
        Required(e, "name"),
        (string?)e.Attribute("enumType") == "string",
        e.Elements("const").Select(c => new XmlConst(Required(c, "name"), Required(c, "value"))).ToList(),
        Description(e));

    private static XmlClass ReadClass(XElement c) => new(
        Required(c, "name"),
        NullIfEmpty((string?)c.Attribute("base")),
        Flag(c, "abstract"),
        Description(c),
        c.Elements("property").Select(p => new XmlProperty(
            Required(p, "name"),
            ReadType(p),
            Flag(p, "readOnly"),
            Flag(p, "insertOnly"),
            Flag(p, "writeOnly"),
            Description(p))).ToList());

    private static XmlService ReadService(XElement s, List<ImportWarning> warnings) => new(
        Required(s, "id"),
        Required(s, "name"),
        Description(s),
        NullIfEmpty((string?)s.Attribute("plugin")),
        s.Elements("action").Select(a => new XmlAction(
            Required(a, "name"),
            Description(a),
            a.Elements("param").Select(p => new XmlParam(
                Required(p, "name"),
                ReadType(p),
                Flag(p, "optional"),
                (string?)p.Attribute("default"),
                Description(p))).ToList(),
            a.Element("result") is { } r ? ReadType(r) : new XmlType(null, null, null, false),
            Throws(a, warnings),
            NullIfEmpty((string?)a.Attribute("sessionRequired")) ?? "always",
            Flag(a, "deprecated"))).ToList());

    /// <summary>The error codes an action declares; a &lt;throws/&gt; without a name (real files have them) is skipped with a warning.</summary>
    private static List<string> Throws(XElement action, List<ImportWarning> warnings)
    {
        var codes = new List<string>();
        foreach (var element in action.Elements("throws"))
        {
            if ((string?)element.Attribute("name") is { Length: > 0 } name)
            {
                codes.Add(name);
            }
            else
            {
                warnings.Add(new(ImportWarningKind.UnnamedThrows, $"{(string?)action.Parent?.Attribute("id")}.{(string?)action.Attribute("name")} has a <throws> without a name (line {((IXmlLineInfo)element).LineNumber}); it is left out."));
            }
        }

        return codes;
    }

    private static XmlError ReadError(XElement e) => new(
        (string?)e.Attribute("code") ?? Required(e, "name"),
        (string?)e.Attribute("message") ?? string.Empty,
        e.Elements("parameter").Select(p => Required(p, "name")).ToList());

    private static XmlType ReadType(XElement e) => new(
        NullIfEmpty((string?)e.Attribute("type")),
        NullIfEmpty((string?)e.Attribute("arrayType")),
        NullIfEmpty((string?)e.Attribute("enumType")),
        Flag(e, "isTime"));

    private static bool Flag(XElement e, string name) => (string?)e.Attribute(name) == "1";

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string? Description(XElement e)
    {
        // Kaltura's generator keeps the PHP doc comment's line breaks and carriage returns.
        var text = ((string?)e.Attribute("description"))?.Replace("\r", string.Empty).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string Required(XElement e, string attribute) =>
        (string?)e.Attribute(attribute)
        ?? throw new SchemaImportException($"<{e.Name}> without the {attribute} attribute (line {((IXmlLineInfo)e).LineNumber}).");
}
