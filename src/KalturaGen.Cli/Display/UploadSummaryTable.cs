namespace KalturaGen.Cli.Display;

/// <summary>
/// The table that closes an upload of several files: one row per file (entry, status, size, content check, result),
/// then the totals, so the outcome of a long run is readable without scrolling back through the per-file lines.
/// </summary>
internal static class UploadSummaryTable
{
    private static readonly string[] Header = ["File", "Entry", "Status", "Size", "SHA-256", "Result"];

    public static IReadOnlyList<string> Lines(IReadOnlyList<FileOutcome> files)
    {
        var rows = files.Select(Row).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var lines = new List<string> { string.Empty, "Summary" };
        lines.AddRange(rows.Select(row => string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd()));
        var failed = files.Count(f => f.Error is not null);
        var bytes = files.Sum(f => f.Bytes ?? 0);
        lines.Add($"{files.Count - failed} of {files.Count} files ok, {failed} failed; {ProgressText.Bytes(bytes)} uploaded");
        return lines;
    }

    private static string[] Row(FileOutcome file) =>
    [
        file.FileName,
        file.EntryId ?? "-",
        file.EntryStatus ?? "-",
        file.Bytes is { } bytes ? ProgressText.Bytes(bytes) : "-",
        file.Sha256Server is null ? "not verified" : file.Verified ? "match" : "MISMATCH",
        file.Error is null ? "ok" : $"FAILED: {file.Error}",
    ];
}
