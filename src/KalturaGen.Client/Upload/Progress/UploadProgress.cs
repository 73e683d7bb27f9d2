namespace KalturaGen.Client.Upload;

/// <summary>One progress report of one file's upload.</summary>
/// <param name="FileName">The file (or stream) name.</param>
/// <param name="FilePath">The full path of a file source (tells apart files of the same name in a batch).</param>
/// <param name="Phase">What the upload is doing.</param>
/// <param name="TotalBytes">The source length, when known.</param>
/// <param name="BytesSent">
/// Bytes acknowledged plus the bytes of in-flight chunks already written to the connection (a retried chunk starts
/// again from zero), so it never exceeds <see cref="TotalBytes"/>.
/// </param>
/// <param name="BytesAcknowledged">Bytes the server acknowledged, including those acknowledged before a resume.</param>
/// <param name="ResumedFromByte">Where this run started: the first byte not yet on the server (0 for a new upload).</param>
/// <param name="BytesPerSecond">The send rate of this run.</param>
/// <param name="EstimatedRemaining">The time left at that rate, when it can be estimated.</param>
/// <param name="Retries">Calls retried so far in this run.</param>
/// <param name="ChunksInFlight">Chunk requests in flight.</param>
/// <param name="UploadTokenId">The upload token, once known.</param>
/// <param name="EntryId">The entry, once created.</param>
public sealed record UploadProgress(
    string FileName,
    string? FilePath,
    UploadPhase Phase,
    long? TotalBytes,
    long BytesSent,
    long BytesAcknowledged,
    long ResumedFromByte,
    double BytesPerSecond,
    TimeSpan? EstimatedRemaining,
    int Retries,
    int ChunksInFlight,
    string? UploadTokenId,
    string? EntryId)
{
    /// <summary>Acknowledged bytes as a fraction of the total (0-1), when the total is known.</summary>
    public double? FractionAcknowledged =>
        TotalBytes is null ? null : TotalBytes == 0 ? 1 : (double)BytesAcknowledged / TotalBytes.Value;
}

/// <summary>The stages of one file's upload.</summary>
public enum UploadPhase
{
    /// <summary>Creating or reading the upload token.</summary>
    Preparing,

    /// <summary>Sending chunks.</summary>
    Uploading,

    /// <summary>Sending the final chunk and verifying the size the server holds.</summary>
    Finalizing,

    /// <summary>Creating the entry and attaching the token to it.</summary>
    CreatingEntry,

    /// <summary>Polling the entry until it is READY.</summary>
    WaitingForReady,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Stopped by an error or a cancellation; a checkpoint (if enabled) allows resuming.</summary>
    Stopped,
}
