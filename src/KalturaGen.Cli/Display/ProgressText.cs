using System.Globalization;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Display;

/// <summary>Human-readable sizes, rates and phases.</summary>
internal static class ProgressText
{
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.0} KiB"),
        _ => $"{bytes} B",
    };

    /// <summary>A rate in the same binary units as <see cref="Bytes"/>, e.g. <c>4.2 MiB/s</c>.</summary>
    public static string Rate(double bytesPerSecond) => $"{Bytes((long)bytesPerSecond)}/s";

    public static string Phase(UploadPhase phase) => phase switch
    {
        UploadPhase.Preparing => "preparing",
        UploadPhase.Uploading => "uploading",
        UploadPhase.Finalizing => "finalizing",
        UploadPhase.CreatingEntry => "creating entry",
        UploadPhase.WaitingForReady => "waiting for READY",
        UploadPhase.Completed => "done",
        _ => "stopped",
    };

    public static string Line(UploadProgress p)
    {
        var total = p.TotalBytes is { } t ? Bytes(t) : "?";
        var percent = p.FractionAcknowledged is { } f ? string.Create(CultureInfo.InvariantCulture, $"{f * 100,3:0}%") : "  ?%";
        var eta = p.EstimatedRemaining is { } e && p.Phase == UploadPhase.Uploading ? $" eta {e:hh\\:mm\\:ss}" : "";
        var retries = p.Retries > 0 ? $" retries {p.Retries}" : "";
        return $"{p.FileName}: {Phase(p.Phase)} {percent} {Bytes(p.BytesAcknowledged)}/{total} {Rate(p.BytesPerSecond)}{eta}{retries}";
    }
}
