namespace KalturaGen.Client.Upload;

/// <summary>
/// How long one call of the engine may go unanswered before it is abandoned and retried like any transient failure.
/// A chunk gets <c>max(Minimum, chunk bytes / measured throughput x Factor)</c>, plus <see cref="FinalChunkAllowance"/>
/// when it may close the upload; every other call gets <see cref="Minimum"/>. Each retry of the same call doubles its
/// deadline (a slow link is not mistaken for a stalled one twice), never beyond <see cref="Maximum"/>. See
/// docs/upload.md, "Call deadlines".
/// </summary>
public sealed class CallTimeoutOptions
{
    /// <summary>The shortest deadline of any call. Default 20 s.</summary>
    public TimeSpan Minimum { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest deadline of any call, retries included. Default 10 minutes.</summary>
    public TimeSpan Maximum { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times the expected transfer time of a chunk it may take. Default 4.</summary>
    public double Factor { get; set; } = 4;

    /// <summary>
    /// The throughput assumed until chunks have been measured (the measure is the bytes over the time of the last
    /// acknowledged chunks). Default 1 MiB/s.
    /// </summary>
    public double AssumedBytesPerSecond { get; set; } = 1024 * 1024;

    /// <summary>
    /// Added for a call that may close the upload: the server holds a final chunk until the parked chunks are appended
    /// (up to 45 s, <c>upload_final_chunk_max_append_time</c>). Default 45 s.
    /// </summary>
    public TimeSpan FinalChunkAllowance { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// The clock deadlines and throughput run on. Default the system clock: a stalled socket is a real-time event, so
    /// tests that move a virtual clock for retry delays keep deadlines on another one.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        if (Minimum <= TimeSpan.Zero || Maximum < Minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(Minimum), Minimum, "Call deadlines need 0 < Minimum <= Maximum.");
        }

        if (!(Factor >= 1) || !(AssumedBytesPerSecond > 0) || FinalChunkAllowance < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Factor), Factor, "Call deadlines need Factor >= 1, AssumedBytesPerSecond > 0 and FinalChunkAllowance >= 0.");
        }
    }
}
