using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// Kaltura's bulk upload XML (the ingestion <c>mrss</c> format):
/// <c>&lt;mrss&gt;&lt;channel&gt;&lt;item&gt;</c> with <c>action</c>, <c>entryId</c>, <c>type</c>, <c>referenceId</c>, <c>name</c>,
/// <c>description</c>, <c>tags/tag</c>, <c>categories/category</c>, <c>media/mediaType</c>,
/// <c>contentAssets/content</c> and <c>thumbnails/thumbnail</c> (each holding a <c>urlContentResource url</c> or an
/// <c>uploadedFileContentResource fileToken</c>). The whole file is checked before anything is processed, as the
/// server's engine validates it first (<c>BulkUploadEngineXml::validate</c>): a file that is not well-formed, has
/// another root, names an unknown action or updates/deletes without an entry id fails as a whole.
/// Parsed without DTDs, external resolution or entity expansion, and with a bounded size.
/// </summary>
internal static class BulkXmlParser
{
    private const int RowDataLength = 4096;

    /// <summary>Parses the file at <paramref name="path"/>, reading at most <paramref name="maxCharacters"/> characters.</summary>
    public static BulkFileParse Parse(string path, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return DeclaresDtd(path)
                ? Invalid("DOCTYPE is not allowed: a bulk upload file may not declare a DTD or entities")
                : Invalid($"the file is not well-formed XML: {ex.Message}");
        }

        return ParseDocument(document.Root!);
    }

    private static BulkFileParse ParseDocument(XElement root)
    {
        if (root.Name.LocalName != "mrss")
        {
            return Invalid($"Element '{root.Name.LocalName}': No matching global declaration available for the validation root.");
        }

        if (root.Element("channel") is not { } channel)
        {
            return Invalid("Element 'mrss': Missing child element(s). Expected is ( channel ).");
        }

        var items = new List<BulkItem>();
        var index = 0;
        foreach (var element in channel.Elements("item"))
        {
            index++;
            var (item, failure) = ParseItem(element, index);
            if (failure is not null)
            {
                return failure;
            }

            items.Add(item!);
        }

        return items.Count == 0
            ? BulkFileParse.Failed("None of the uploaded items were processed successfully", BulkJobFailure.NoEntriesHandled)
            : BulkFileParse.Of(items);
    }

    private static (BulkItem?, BulkFileParse?) ParseItem(XElement element, int index)
    {
        var actionText = Text(element, "action")?.ToLowerInvariant() ?? "add";
        BulkAction action;
        switch (actionText)
        {
            case "add": action = BulkAction.Add; break;
            case "update": action = BulkAction.Update; break;
            case "delete": action = BulkAction.Delete; break;
            default: return (null, BulkFileParse.Failed($"Action: {actionText} is not supported", BulkJobFailure.ActionNotSupported));
        }

        var entryId = Text(element, "entryId");
        if (action != BulkAction.Add && entryId is null)
        {
            return (null, BulkFileParse.Failed($"Missing entry id element (item {index}, action {actionText})", BulkJobFailure.MissingMandatoryParameter));
        }

        if (!TryInt(element.Element("type"), out var type) || !TryInt(element.Element("media")?.Element("mediaType"), out var mediaType))
        {
            return (null, Invalid($"item {index}: type and mediaType must be integers ('xs:int')"));
        }

        var contents = Resources(element.Element("contentAssets"), "content");
        var thumbnails = Resources(element.Element("thumbnails"), "thumbnail");
        if (contents is null || thumbnails is null)
        {
            return (null, Invalid($"item {index}: every content and thumbnail needs a urlContentResource url or an uploadedFileContentResource fileToken, and flavorParamsId must be an integer"));
        }

        var raw = element.ToString(SaveOptions.DisableFormatting);
        return (new BulkItem
        {
            LineIndex = index,
            Action = action,
            RowData = raw.Length > RowDataLength ? raw[..RowDataLength] : raw,
            EntryId = entryId,
            EntryType = type,
            MediaType = mediaType,
            Name = Text(element, "name"),
            Description = Text(element, "description"),
            Tags = List(element.Element("tags"), "tag"),
            ReferenceId = Text(element, "referenceId"),
            Categories = List(element.Element("categories"), "category"),
            Contents = contents,
            Thumbnails = thumbnails,
        }, null);
    }

    private static List<BulkContent>? Resources(XElement? container, string name)
    {
        var resources = new List<BulkContent>();
        foreach (var element in container?.Elements(name) ?? [])
        {
            var url = element.Element("urlContentResource")?.Attribute("url")?.Value.Trim();
            var token = element.Element("uploadedFileContentResource")?.Attribute("fileToken")?.Value.Trim();
            if ((url is not { Length: > 0 } && token is not { Length: > 0 }) || !TryInt(element.Attribute("flavorParamsId"), out var paramsId))
            {
                return null;
            }

            resources.Add(new BulkContent { FlavorParamsId = paramsId, Url = url is { Length: > 0 } ? url : null, Token = url is { Length: > 0 } ? null : token });
        }

        return resources;
    }

    private static string? Text(XElement element, string name) =>
        element.Element(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static string? List(XElement? container, string name) =>
        container?.Elements(name).Select(e => e.Value.Trim()).Where(v => v.Length > 0).ToList() is { Count: > 0 } values
            ? string.Join(',', values)
            : null;

    private static bool TryInt(XObject? node, out int? value)
    {
        var text = node switch
        {
            XElement e => e.Value.Trim(),
            XAttribute a => a.Value.Trim(),
            _ => null,
        };
        value = null;
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool DeclaresDtd(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[64 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static BulkFileParse Invalid(string detail) => BulkFileParse.Failed(detail, BulkJobFailure.ValidationFailed);
}
