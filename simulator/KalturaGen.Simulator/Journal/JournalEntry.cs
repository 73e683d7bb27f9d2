namespace KalturaGen.Simulator.Journal;

/// <summary>A file part of a journaled call.</summary>
/// <param name="Parameter">The parameter it was sent as.</param>
/// <param name="FileName">The part's file name.</param>
/// <param name="Size">Bytes received.</param>
public sealed record JournalFile(string Parameter, string FileName, long Size);

/// <summary>One dispatched action (a multirequest journals each sub-request).</summary>
/// <param name="Sequence">Order of arrival, from 1.</param>
/// <param name="Time">Simulator clock time.</param>
/// <param name="Service">Service id as sent.</param>
/// <param name="Action">Action name as sent.</param>
/// <param name="MultiRequestIndex">The 1-based position inside a multirequest, null for a plain call.</param>
/// <param name="Parameters">Scalar parameters, flattened with ':' (ks omitted).</param>
/// <param name="Files">File parts.</param>
/// <param name="ErrorCode">The Kaltura error answered, null on success.</param>
/// <param name="Fault">The injected fault that applied, if any.</param>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset Time,
    string Service,
    string Action,
    int? MultiRequestIndex,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<JournalFile> Files,
    string? ErrorCode,
    string? Fault);
