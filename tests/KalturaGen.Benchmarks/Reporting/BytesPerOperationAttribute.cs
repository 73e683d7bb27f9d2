namespace KalturaGen.Benchmarks.Reporting;

/// <summary>
/// How many bytes one operation of every benchmark in the class moves, for the MiB/s column. A benchmark with a
/// <c>SizeMiB</c> parameter uses that instead.
/// </summary>
/// <param name="bytes">Bytes per operation.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BytesPerOperationAttribute(long bytes) : Attribute
{
    /// <summary>Bytes per operation.</summary>
    public long Bytes { get; } = bytes;
}
