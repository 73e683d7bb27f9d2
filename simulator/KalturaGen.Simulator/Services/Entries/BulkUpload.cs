using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.Entries;

/// <summary>
/// media.bulkUploadAdd: answers the KalturaBulkUpload job (status PENDING, as the server does when it
/// queues the job). CSV files are processed at once: each row
/// <c>[*action,]title,description,tags,url,mediaType</c> with action 1 (or no action column) creates an
/// entry imported from its URL, like addFromUrl. XML files are accepted but not processed.
/// </summary>
public static class BulkUpload
{
    /// <summary>Handles the call.</summary>
    public static async ValueTask<object?> AddAsync(ActionContext context)
    {
        var file = context.File("fileData")!;
        var isXml = MimeTypes.ExtensionOf(file.Name) == "xml";
        var rows = isXml ? [] : CsvRows(await File.ReadAllLinesAsync(file.TempPath!, context.CancellationToken));
        var fetched = new List<ReadyFile?>();
        foreach (var row in rows)
        {
            fetched.Add(await UrlFetcher.FetchAsync(context, row.Url));
        }

        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            context.Runtime.Lifecycle.Settle();
            for (var i = 0; i < rows.Count; i++)
            {
                var input = new WireObject("KalturaMediaEntry")
                {
                    ["name"] = rows[i].Title,
                    ["description"] = rows[i].Description,
                    ["tags"] = rows[i].Tags,
                    ["mediaType"] = rows[i].MediaType,
                };
                var entry = EntryAccess.Store(context, EntryFactory.Create(context, input, EntryType.MediaClip, EntryStatus.NoContent));
                entry.Props["sourceType"] = "5";
                context.Runtime.Lifecycle.Attacher.Attach(entry, new UrlImport(rows[i].Url, fetched[i]));
            }

            return new WireObject("KalturaBulkUpload")
            {
                ["id"] = context.State.NextSequence(),
                ["uploadedBy"] = context.Session.UserId,
                ["uploadedByUserId"] = context.Session.UserId,
                ["uploadedOn"] = context.Now,
                ["numOfEntries"] = (long)rows.Count,
                ["status"] = 0L,
                ["bulkUploadType"] = isXml ? "bulkUploadXml.XML" : "bulkUploadCsv.CSV",
                ["fileName"] = file.Name,
                ["numOfObjects"] = (long)rows.Count,
                ["bulkUploadObjectType"] = "1",
            };
        }
        finally
        {
            context.State.Gate.Release();
        }
    }

    private sealed record CsvRow(string Title, string Description, string Tags, string Url, long MediaType);

    private static List<CsvRow> CsvRows(string[] lines)
    {
        var rows = new List<CsvRow>();
        foreach (var line in lines)
        {
            var cells = SplitCsv(line);
            if (cells.Count == 0 || cells[0].StartsWith('*') || cells[0].StartsWith('#'))
            {
                continue; // header or comment
            }

            var hasAction = cells.Count >= 6;
            if (hasAction && cells[0].Trim() != "1")
            {
                continue; // only "add" rows create entries
            }

            var offset = hasAction ? 1 : 0;
            if (cells.Count < offset + 5)
            {
                continue;
            }

            rows.Add(new CsvRow(cells[offset], cells[offset + 1], cells[offset + 2], cells[offset + 3].Trim(), PhpCasts.ToInt(cells[offset + 4])));
        }

        return rows;
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (line.Length > 0)
        {
            cells.Add(current.ToString());
        }

        return cells;
    }
}
