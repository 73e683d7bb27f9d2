using System.Text;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>
/// The CSV bulk format of seed 003 §11: <c>[*action,]title,description,tags,url,mediaType</c> per line. Header
/// (<c>*</c>) and comment (<c>#</c>) lines are skipped; with an action column only action 1 (add) lines are items.
/// </summary>
internal static class BulkCsvParser
{
    /// <summary>Parses the lines of a CSV file.</summary>
    public static BulkFileParse Parse(IReadOnlyList<string> lines)
    {
        var items = new List<BulkItem>();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = SplitCsv(lines[i]);
            if (cells.Count == 0 || cells[0].StartsWith('*') || cells[0].StartsWith('#'))
            {
                continue;
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

            items.Add(new BulkItem
            {
                LineIndex = i + 1,
                Action = BulkAction.Add,
                RowData = lines[i],
                Name = cells[offset],
                Description = cells[offset + 1],
                Tags = cells[offset + 2],
                MediaType = (int)PhpCasts.ToInt(cells[offset + 4]),
                Contents = [new BulkContent { Url = cells[offset + 3].Trim() }],
            });
        }

        return BulkFileParse.Of(items);
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
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
