using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KalturaGen.Benchmarks.Reporting;

/// <summary>
/// A column with the bytes moved per operation divided by the mean time, in MiB/s, for classes that say how many
/// bytes an operation moves (a <c>SizeMiB</c> parameter or <see cref="BytesPerOperationAttribute"/>).
/// </summary>
public sealed class MebibytesPerSecondColumn : IColumn
{
    private const double MiB = 1024 * 1024;

    /// <inheritdoc/>
    public string Id => nameof(MebibytesPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "MiB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mebibytes moved per second (bytes per operation / mean)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (BytesPerOperation(benchmarkCase) is not { } bytes || summary[benchmarkCase]?.ResultStatistics is not { Mean: > 0 } statistics)
        {
            return "-";
        }

        return (bytes / MiB / (statistics.Mean / 1e9)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => BytesPerOperation(c) is not null);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static long? BytesPerOperation(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "SizeMiB")?.Value is int mebibytes)
        {
            return mebibytes * 1024L * 1024L;
        }

        var attribute = (BytesPerOperationAttribute?)Attribute.GetCustomAttribute(benchmarkCase.Descriptor.Type, typeof(BytesPerOperationAttribute));
        return attribute?.Bytes;
    }
}
