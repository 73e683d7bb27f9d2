namespace KalturaGen.Simulator.Processing.Bulk;

/// <summary>A parsed bulk upload file: its items, or why the whole file fails.</summary>
/// <param name="Items">The items, in file order (empty when the file fails).</param>
/// <param name="Failure">Why the file fails; null when its items are to be processed.</param>
internal sealed record BulkFileParse(IReadOnlyList<BulkItem> Items, BulkJobFailure? Failure)
{
    /// <summary>A file whose items are to be processed.</summary>
    public static BulkFileParse Of(IReadOnlyList<BulkItem> items) => new(items, null);

    /// <summary>A file that fails as a whole; nothing of it is processed.</summary>
    public static BulkFileParse Failed(string description, int errorNumber) => new([], new BulkJobFailure(description, errorNumber));
}
